"use server";

import { eq, sql } from "drizzle-orm";
import { action } from "@/lib/api/action";
import { users } from "@/lib/db/schema";
import { errors } from "@/lib/errors";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { setDisabledSchema, setRoleSchema } from "./schemas";

/** Disabling bumps the session version, so the person is signed out on their very next request. */
export const setUserDisabled = action("user:manage", setDisabledSchema, async ({ userId, disabled }, { actor, db }) => {
  if (actor.kind === "user" && actor.userId === userId) throw errors.badRequest("You cannot disable your own account.");
  const [row] = await db
    .update(users)
    .set({ disabledAt: disabled ? sql`now()` : null, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
    .where(eq(users.id, userId))
    .returning({ id: users.id, storeId: users.homeStoreId });
  if (!row) throw errors.notFound("That person");
  await writeAudit(db, actor, { action: disabled ? "disable" : "enable", entity: "user", entityId: userId, storeId: row.storeId, screen: "manage" });
  return { userId, disabled };
});

export const setUserRole = action("user:manage", setRoleSchema, async ({ userId, role }, { actor, db }) => {
  const [row] = await db
    .update(users)
    .set({ role, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
    .where(eq(users.id, userId))
    .returning({ id: users.id, storeId: users.homeStoreId });
  if (!row) throw errors.notFound("That person");
  await writeAudit(db, actor, { action: "set_role", entity: "user", entityId: userId, storeId: row.storeId, screen: "manage", detail: { role } });
  return { userId, role };
});
