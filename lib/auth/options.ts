import "server-only";
import type { NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret } from "@/lib/env";
import { getDb } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import { recordUsage } from "@/lib/domain/usage/record-usage";
import { signInWithPassword, signInWithPin } from "./sign-in";

/** A session lasts a shift; the per-request session-version check ends it sooner when needed. */
const SESSION_MAX_AGE = 12 * 3600;

function headerOf(req: { headers?: Record<string, unknown> } | undefined, name: string): string | undefined {
  const v = req?.headers?.[name];
  return typeof v === "string" ? v : undefined;
}

let cached: NextAuthOptions | undefined;

/** Built on first use so `next build` does not need the run-time secret. */
export function authOptions(): NextAuthOptions {
  cached ??= buildOptions();
  return cached;
}

const buildOptions = (): NextAuthOptions => ({
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      id: "staff",
      name: "Staff number and PIN",
      credentials: { staffNumber: { type: "text" }, pin: { type: "password" }, switching: { type: "text" } },
      async authorize(credentials, req): Promise<User | null> {
        return signInWithPin(await getDb(), {
          staffNumber: credentials?.staffNumber ?? "",
          pin: credentials?.pin ?? "",
          switching: credentials?.switching === "1",
          cookieHeader: headerOf(req, "cookie"),
          ip: headerOf(req, "x-forwarded-for") ?? headerOf(req, "x-real-ip") ?? "local",
        });
      },
    }),
    CredentialsProvider({
      id: "password",
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req): Promise<User | null> {
        return signInWithPassword(await getDb(), {
          email: credentials?.email ?? "",
          password: credentials?.password ?? "",
          cookieHeader: headerOf(req, "cookie"),
          ip: headerOf(req, "x-forwarded-for") ?? headerOf(req, "x-real-ip") ?? "local",
        });
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = user.sessionVersion;
        token.did = user.deviceId;
      }
      return token;
    },
    async session({ session, token }) {
      // Only ids cross to the browser; role and store are re-read from the database on each request.
      session.user = { id: token.uid, name: token.name ?? "", sv: token.sv, did: token.did };
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (!token?.uid) return;
      try {
        await recordUsage(await getDb(), { userId: token.uid, deviceId: token.did ?? null, storeId: null }, "sign_out", {});
      } catch (err) {
        logger().warn({ err }, "could not record sign-out");
      }
    },
  },
  logger: {
    error: (code, metadata) => logger().error({ code, metadata }, "next-auth error"),
    warn: (code) => logger().warn({ code }, "next-auth warning"),
    debug: () => {},
  },
});
