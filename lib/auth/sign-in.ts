import "server-only";
import { eq, sql } from "drizzle-orm";
import type { User } from "next-auth";
import type { Db } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { recordUsage } from "@/lib/domain/usage/record-usage";
import { DEVICE_COOKIE, findDevice, parseCookie } from "./device";
import { verifySecret } from "./password";
import { recordAttempt, type ThrottleKeys } from "./throttle";

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The keys a sign-in counts against: the account named (existing or not) and where the attempt came from. */
export function throttleKeysFor(input: { provider: string; identifier: string; ip: string; deviceToken?: string }): ThrottleKeys {
  const id = input.provider === "password" ? normaliseEmail(input.identifier) : input.identifier.trim();
  const sources = [`ip:${input.ip}`];
  if (input.deviceToken) sources.push(`device:${input.deviceToken.slice(-16)}`);
  return { account: `account:${input.provider}:${id}`, sources };
}

type PinInput = { staffNumber: string; pin: string; switching: boolean; cookieHeader?: string; ip: string };

/** Associates sign in on a registered tablet of their own store with staff number and PIN. */
export async function signInWithPin(db: Db, input: PinInput): Promise<User | null> {
  const deviceToken = parseCookie(input.cookieHeader, DEVICE_COOKIE);
  const keys = throttleKeysFor({ provider: "staff", identifier: input.staffNumber, ip: input.ip, deviceToken });
  const device = await findDevice(db, deviceToken);
  const [user] = await db.select().from(users).where(eq(users.staffNumber, input.staffNumber.trim())).limit(1);
  const pinOk = await verifySecret(input.pin, user?.pinHash);
  const ok = Boolean(device && user && pinOk && !user.disabledAt && user.homeStoreId === device.storeId);
  await recordAttempt(db, keys, ok);
  if (!ok || !user || !device) return null;
  await db.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, user.id));
  await recordUsage(db, { userId: user.id, storeId: device.storeId, deviceId: device.id }, input.switching ? "associate_switch" : "sign_in", {
    method: "pin",
  });
  return { id: user.id, name: user.name, sessionVersion: user.sessionVersion, deviceId: device.id };
}

type PasswordInput = { email: string; password: string; cookieHeader?: string; ip: string };

/** Managers and admins sign in with email and password, on a registered tablet or any browser. */
export async function signInWithPassword(db: Db, input: PasswordInput): Promise<User | null> {
  const deviceToken = parseCookie(input.cookieHeader, DEVICE_COOKIE);
  const keys = throttleKeysFor({ provider: "password", identifier: input.email, ip: input.ip, deviceToken });
  const [user] = await db.select().from(users).where(eq(users.email, normaliseEmail(input.email))).limit(1);
  const passwordOk = await verifySecret(input.password, user?.passwordHash);
  const ok = Boolean(user && passwordOk && !user.disabledAt && user.role !== "associate");
  await recordAttempt(db, keys, ok);
  if (!ok || !user) return null;
  const device = await findDevice(db, deviceToken);
  // A manager's session on a tablet of another store does not carry that tablet.
  const deviceId = device && (user.role === "admin" || device.storeId === user.homeStoreId) ? device.id : null;
  await db.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, user.id));
  await recordUsage(db, { userId: user.id, storeId: user.homeStoreId, deviceId }, "sign_in", { method: "password" });
  return { id: user.id, name: user.name, sessionVersion: user.sessionVersion, deviceId };
}
