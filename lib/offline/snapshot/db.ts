import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore } from "idb";
import type { SnapshotPayload } from "@/lib/domain/offline-snapshot/wire";
import { decodeStock, decodeStore, decodeStyle, decodeVariant } from "./decode";
import type { SnapMeta, SnapStock, SnapStore, SnapStyle, SnapVariant } from "./types";

/** Every record carries `s`, the tablet's store the snapshot belongs to, first in its key. */
type Keyed<T> = T & { s: number };

/**
 * One record per variant with its figures at every store held ([onHand, reserved, updatedAt epoch s] by store id):
 * a tenth of the records of one per store and variant, which is what makes a full sync quick on a tablet.
 */
export type VariantStock = { variantId: number; at: Record<number, [number, number, number]> };

interface SnapshotDb extends DBSchema {
  styles: { key: [number, number]; value: Keyed<SnapStyle> };
  variants: { key: [number, number]; value: Keyed<SnapVariant> };
  stock: { key: [number, number]; value: Keyed<VariantStock> };
  stores: { key: [number, number]; value: Keyed<SnapStore> };
  meta: { key: number; value: SnapMeta };
}

export const SNAPSHOT_DB_NAME = "fw-snapshot";
const TABLES = ["styles", "variants", "stock", "stores"] as const;

let opening: Promise<IDBPDatabase<SnapshotDb>> | null = null;

export function openSnapshotDb(): Promise<IDBPDatabase<SnapshotDb>> {
  opening ??= openDB<SnapshotDb>(SNAPSHOT_DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore("styles", { keyPath: ["s", "id"] });
      db.createObjectStore("variants", { keyPath: ["s", "id"] });
      db.createObjectStore("stock", { keyPath: ["s", "variantId"] });
      db.createObjectStore("stores", { keyPath: ["s", "id"] });
      db.createObjectStore("meta", { keyPath: "storeId" });
    },
  }).catch((e: unknown) => {
    opening = null;
    throw e;
  });
  return opening;
}

/** Tests open a fresh fake IndexedDB each time: forget the cached connection. */
export function resetSnapshotDbConnection(): void {
  opening = null;
}

/** Every key that starts with store `s` ([] sorts after any number or string). */
const ofStore = (s: number) => IDBKeyRange.bound([s], [s, []]);

/**
 * Stores one refresh in a single transaction: a full snapshot replaces what was held for that store; an
 * incremental one upserts rows (so a row sent twice is harmless) and drops styles/variants no longer sold.
 */
export async function applySnapshot(payload: SnapshotPayload, now = new Date()): Promise<SnapMeta> {
  const db = await openSnapshotDb();
  const s = payload.store;
  const tx = db.transaction([...TABLES, "meta"], "readwrite");
  const pending: Promise<unknown>[] = [];
  if (payload.full) for (const t of TABLES) pending.push(tx.objectStore(t).delete(ofStore(s)));
  // The store list always comes whole (a new branch may now be among the nearest).
  else pending.push(tx.objectStore("stores").delete(ofStore(s)));
  for (const w of payload.styles) {
    if (w[9] === 1) pending.push(tx.objectStore("styles").put({ ...decodeStyle(w), s }));
    else pending.push(tx.objectStore("styles").delete([s, w[0]]));
  }
  for (const w of payload.variants) {
    if (w[8] === 1) pending.push(tx.objectStore("variants").put({ ...decodeVariant(w), s }));
    else pending.push(tx.objectStore("variants").delete([s, w[0]]));
  }
  pending.push(mergeStock(tx.objectStore("stock"), s, payload));
  for (const w of payload.stores) pending.push(tx.objectStore("stores").put({ ...decodeStore(w, s), s }));
  const timeZone = payload.stores.find((w) => w[0] === s)?.[7] ?? "Europe/Madrid";
  const meta: SnapMeta = { storeId: s, asOf: payload.asOf, cursor: payload.cursor, timeZone, syncedAt: now.toISOString() };
  pending.push(tx.objectStore("meta").put(meta));
  await Promise.all([...pending, tx.done]);
  return meta;
}

type StockTable = IDBPObjectStore<SnapshotDb, ("styles" | "variants" | "stock" | "stores" | "meta")[], "stock", "readwrite">;

/** Groups rows by variant; an incremental refresh merges into what is held (a row sent twice just lands twice). */
async function mergeStock(table: StockTable, s: number, payload: SnapshotPayload): Promise<void> {
  const byVariant = new Map<number, VariantStock["at"]>();
  for (const [variantId, storeId, onHand, reserved, sec] of payload.stock) {
    let at = byVariant.get(variantId);
    if (!at) byVariant.set(variantId, (at = {}));
    at[storeId] = [onHand, reserved, sec];
  }
  await Promise.all(
    [...byVariant].map(async ([variantId, at]) => {
      const held = payload.full ? undefined : await table.get([s, variantId]);
      await table.put({ s, variantId, at: { ...held?.at, ...at } });
    }),
  );
}

/** Figures of one variant at one store, as the screens use them. */
export function stockOf(record: VariantStock | undefined, storeId: number): SnapStock | undefined {
  const f = record?.at[storeId];
  return f && record ? decodeStock([record.variantId, storeId, f[0], f[1], f[2]]) : undefined;
}

/** The snapshot most recently refreshed on this tablet (a tablet normally serves one store). */
export async function latestMeta(): Promise<SnapMeta | null> {
  const all = await (await openSnapshotDb()).getAll("meta");
  return all.sort((a, b) => b.syncedAt.localeCompare(a.syncedAt))[0] ?? null;
}

export async function metaFor(storeId: number): Promise<SnapMeta | null> {
  return (await (await openSnapshotDb()).get("meta", storeId)) ?? null;
}

const strip = <T>({ s: _s, ...rest }: Keyed<T>): T => rest as T;

export type SnapshotContents = { meta: SnapMeta; styles: SnapStyle[]; variants: SnapVariant[]; stock: VariantStock[]; stores: SnapStore[] };

/** Everything held for one store, read in one transaction so the figures agree with each other. */
export async function loadSnapshot(storeId: number): Promise<SnapshotContents | null> {
  const db = await openSnapshotDb();
  const tx = db.transaction([...TABLES, "meta"], "readonly");
  const [meta, styles, variants, stock, stores] = await Promise.all([
    tx.objectStore("meta").get(storeId),
    tx.objectStore("styles").getAll(ofStore(storeId)),
    tx.objectStore("variants").getAll(ofStore(storeId)),
    tx.objectStore("stock").getAll(ofStore(storeId)),
    tx.objectStore("stores").getAll(ofStore(storeId)),
  ]);
  await tx.done;
  if (!meta) return null;
  return { meta, styles: styles.map(strip), variants: variants.map(strip), stock: stock.map((r) => strip<VariantStock>(r)), stores: stores.map(strip) };
}
