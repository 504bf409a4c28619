import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { stores } from "@/lib/db/schema";

export type StoreSummary = { id: number; code: string; name: string; city: string; region: string };

const summary = { id: stores.id, code: stores.code, name: stores.name, city: stores.city, region: stores.region };

export async function getStoreSummary(db: Db, id: number): Promise<StoreSummary | null> {
  const [row] = await db.select(summary).from(stores).where(eq(stores.id, id)).limit(1);
  return row ?? null;
}

export async function listStores(db: Db): Promise<StoreSummary[]> {
  return db.select(summary).from(stores).where(eq(stores.active, true)).orderBy(asc(stores.code));
}
