import "server-only";
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { holidays, settings, stores } from "@/lib/db/schema";
import type { Holiday } from "@/lib/domain/orders/business-days";
import type { ConditionStore } from "./store-conditions";

/** Holidays and settings change a few times a year; reading them on every grid request would cost more than the grid. */
const TTL_MS = 5 * 60_000;
/** Stores change rarely, but a new phone number or opening hours should show within a minute. */
const STORES_TTL_MS = 60_000;
export const DEFAULT_STALE_AFTER_MINUTES = 60;

type Entry<T> = { at: number; value: Promise<T> };
// Keyed by database handle, so tests (and scripts) holding several databases never see each other's data.
const holidayCache = new WeakMap<object, Entry<Holiday[]>>();
const staleCache = new WeakMap<object, Entry<number>>();
const storeCache = new WeakMap<object, Entry<GridStoreInfo[]>>();

function cached<T>(cache: WeakMap<object, Entry<T>>, db: DbOrTx, load: () => Promise<T>, ttl = TTL_MS): Promise<T> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.at < ttl) return hit.value;
  const value = load();
  cache.set(db, { at: Date.now(), value });
  // A failed load is not remembered: the next request tries again.
  value.catch(() => cache.delete(db));
  return value;
}

/** Every public holiday (national ones have region ""), cached in-process for a few minutes. */
export function loadHolidays(db: DbOrTx): Promise<Holiday[]> {
  return cached(holidayCache, db, async () => db.select({ day: holidays.day, region: holidays.region }).from(holidays));
}

/** The `stale_after_minutes` setting: figures older than this are flagged on screen. */
export function staleAfterMinutes(db: DbOrTx): Promise<number> {
  return cached(staleCache, db, async () => {
    const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, "stale_after_minutes")).limit(1);
    const v = typeof row?.value === "number" ? row.value : Number(row?.value);
    return Number.isFinite(v) && v > 0 ? v : DEFAULT_STALE_AFTER_MINUTES;
  });
}

/** A store as the stores grid shows it. */
export type GridStoreInfo = ConditionStore & { code: string; name: string; city: string; phone: string; active: boolean };

/**
 * Every store (inactive ones too: a working store may have just been closed), cached for a minute.
 * Opening hours stay JSON text: the open-state cache keys on it and parses it only on a miss.
 */
export function loadStores(db: DbOrTx): Promise<GridStoreInfo[]> {
  return cached(
    storeCache,
    db,
    async () =>
      db
        .select({
          id: stores.id,
          code: stores.code,
          name: stores.name,
          city: stores.city,
          phone: stores.phone,
          lat: stores.lat,
          lng: stores.lng,
          region: stores.region,
          timezone: stores.timezone,
          hoursJson: sql<string>`${stores.openingHours}::text`,
          canShip: stores.canShip,
          dispatchCutoff: stores.dispatchCutoff,
          processingDays: stores.processingDays,
          active: stores.active,
        })
        .from(stores)
        .orderBy(stores.id),
    STORES_TTL_MS,
  );
}

/** For tests and admin edits: forget what was cached for this database. */
export function clearReferenceCache(db: DbOrTx): void {
  holidayCache.delete(db);
  staleCache.delete(db);
  storeCache.delete(db);
}
