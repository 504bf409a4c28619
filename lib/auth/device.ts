import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { devices, stores } from "@/lib/db/schema";
import { hashToken, newToken } from "./password";

export const DEVICE_COOKIE = "fw_device";
/** Long-lived: a tablet stays registered until a manager removes it. */
export const DEVICE_COOKIE_MAX_AGE = 400 * 24 * 3600;

export type DeviceInfo = { id: string; storeId: number; storeName: string; storeCode: string; name: string };

export async function findDevice(db: Db, token: string | undefined | null): Promise<DeviceInfo | null> {
  if (!token) return null;
  const [row] = await db
    .select({ id: devices.id, storeId: devices.storeId, name: devices.name, storeName: stores.name, storeCode: stores.code })
    .from(devices)
    .innerJoin(stores, eq(stores.id, devices.storeId))
    .where(and(eq(devices.tokenHash, hashToken(token)), isNull(devices.disabledAt)))
    .limit(1);
  return row ?? null;
}

export async function registerDevice(db: Db, input: { storeId: number; name: string; registeredBy: string }): Promise<{ token: string; id: string }> {
  const token = newToken("fwd");
  const [row] = await db
    .insert(devices)
    .values({ storeId: input.storeId, name: input.name, tokenHash: hashToken(token), registeredBy: input.registeredBy })
    .returning({ id: devices.id });
  return { token, id: row!.id };
}

export function parseCookie(header: string | null | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return undefined;
}
