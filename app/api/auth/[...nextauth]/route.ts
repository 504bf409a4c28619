import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { guardSignIn } from "@/lib/auth/guard-sign-in";

type Ctx = { params: Promise<{ nextauth: string[] }> };

function handler(req: Request, ctx: Ctx) {
  return NextAuth(req as never, ctx as never, authOptions()) as Promise<Response>;
}

export const GET = handler;

export async function POST(req: Request, ctx: Ctx): Promise<Response> {
  // Throttling answers 429 before next-auth sees the attempt.
  return (await guardSignIn(req)) ?? handler(req, ctx);
}
