"use server";

import { eq } from "drizzle-orm";
import { z } from "zod";
import { action } from "@/lib/api/action";
import { users } from "@/lib/db/schema";
import { errors } from "@/lib/errors";
import { verifySecret } from "./password";
import { recordAttempt, throttleDelay } from "./throttle";

/** Leaving customer mode needs the signed-in associate's PIN (or a manager's password), throttled like sign-in. */
export const unlockCustomerModeAction = action("customer:find", z.object({ secret: z.string().min(1, "Enter your PIN.").max(200) }), async ({ secret }, { actor, db }) => {
  if (actor.kind !== "user") throw errors.forbidden();
  const keys = { account: `unlock:${actor.userId}`, sources: [] };
  const wait = await throttleDelay(db, keys);
  if (wait > 0) throw errors.rateLimited(wait, "Too many attempts. Wait a few minutes, or sign in again.");
  const [user] = await db.select({ pin: users.pinHash, password: users.passwordHash }).from(users).where(eq(users.id, actor.userId)).limit(1);
  const ok = await verifySecret(secret, actor.role === "associate" ? user?.pin : user?.password);
  await recordAttempt(db, keys, ok);
  if (!ok) throw errors.validation("That PIN is not right.", { secret: "That PIN is not right." });
  return { unlocked: true };
});
