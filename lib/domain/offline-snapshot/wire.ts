/**
 * The offline snapshot's wire format: arrays, not objects, so the demo store's snapshot stays small.
 * Types only (no server code), shared by the API and the tablet's IndexedDB store (lib/offline/snapshot).
 */
import type { OpeningHours } from "@/lib/domain/stores/opening-hours";

export const SNAPSHOT_VERSION = 1;

/** [id, code, name, brand, category, priceCents, description, first image URL or null, colours [name, hex][], active 1/0] */
export type WireStyle = [number, string, string, string, string, number, string, string | null, [string, string][], 0 | 1];

/** [id, styleId, sku, ean (barcode), colour, size, sizeOrder, priceCents, active 1/0] */
export type WireVariant = [number, number, string, string, string, string, number, number, 0 | 1];

/** [variantId, storeId, onHand, reserved, updatedAt in epoch seconds]; available = onHand - reserved. */
export type WireStock = [number, number, number, number, number];

/** [id, code, name, city, distanceKm, phone, canShip 1/0, IANA time zone, opening hours, holiday dates (local ISO) for the next weeks] */
export type WireStore = [number, string, string, string, number, string, 0 | 1, string, OpeningHours, string[]];

export type SnapshotPayload = {
  v: typeof SNAPSHOT_VERSION;
  /** The tablet's store: every row belongs to this snapshot. */
  store: number;
  /** true: replace everything held for this store; false: upsert the rows (only what changed since the cursor). */
  full: boolean;
  /** Server time the figures were read at (ISO). */
  asOf: string;
  /** Pass back as ?since= on the next refresh. Opaque. */
  cursor: string;
  /** This store first, then the nearest ones; always complete (a handful of rows). */
  stores: WireStore[];
  styles: WireStyle[];
  variants: WireVariant[];
  stock: WireStock[];
};
