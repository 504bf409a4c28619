"use server";

import { and, eq, isNull, sql } from "drizzle-orm";
import { cookies } from "next/headers";
import { action } from "@/lib/api/action";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE, registerDevice } from "@/lib/auth/device";
import { assertStoreAccess, workingStoreId } from "@/lib/auth/scope";
import { devices } from "@/lib/db/schema";
import { errors } from "@/lib/errors";
import { recordUsageBy } from "@/lib/domain/usage/record-usage";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { deviceIdSchema, registerDeviceSchema } from "./schemas";

/** Registers this browser as a tablet of a store; associates can then sign in on it with their PIN. */
export const registerThisTablet = action("device:register", registerDeviceSchema, async (input, { actor, db }) => {
  const storeId = workingStoreId(actor, input.storeId ?? null);
  if (storeId == null) throw errors.validation("Choose the store this tablet belongs to.", { storeId: "Choose a store." });
  const { token, id } = await registerDevice(db, { storeId, name: input.name, registeredBy: actor.kind === "user" ? actor.userId : "" });
  (await cookies()).set(DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && process.env.NEXTAUTH_URL?.startsWith("https://") === true,
    path: "/",
    maxAge: DEVICE_COOKIE_MAX_AGE,
  });
  await recordUsageBy(db, actor, "device_registered", { deviceId: id });
  await writeAudit(db, actor, { action: "register", entity: "device", entityId: id, storeId, screen: "manage" });
  return { id };
});

/** Removing a tablet ends the sessions of associates signed in on it at their next request. */
export const removeTablet = action("device:manage", deviceIdSchema, async ({ deviceId }, { actor, db }) => {
  const [device] = await db.select({ storeId: devices.storeId }).from(devices).where(eq(devices.id, deviceId)).limit(1);
  if (!device) throw errors.notFound("That tablet");
  assertStoreAccess(actor, device.storeId);
  await db.update(devices).set({ disabledAt: sql`now()` }).where(and(eq(devices.id, deviceId), isNull(devices.disabledAt)));
  await writeAudit(db, actor, { action: "remove", entity: "device", entityId: deviceId, storeId: device.storeId, screen: "manage" });
  return { id: deviceId };
});
