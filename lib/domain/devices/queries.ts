import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { devices, stores } from "@/lib/db/schema";

export type DeviceRow = { id: string; name: string; storeCode: string; registeredAt: string; lastSeenAt: string | null; disabled: boolean };

/** Tablets of one store, or of all stores when storeId is null (admins). */
export async function listDevices(db: Db, storeId: number | null): Promise<DeviceRow[]> {
  const rows = await db
    .select({
      id: devices.id,
      name: devices.name,
      storeCode: stores.code,
      registeredAt: devices.registeredAt,
      lastSeenAt: devices.lastSeenAt,
      disabledAt: devices.disabledAt,
    })
    .from(devices)
    .innerJoin(stores, eq(stores.id, devices.storeId))
    .where(storeId == null ? undefined : eq(devices.storeId, storeId))
    .orderBy(asc(stores.code), asc(devices.name));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    storeCode: r.storeCode,
    registeredAt: r.registeredAt.toISOString(),
    lastSeenAt: r.lastSeenAt?.toISOString() ?? null,
    disabled: r.disabledAt !== null,
  }));
}
