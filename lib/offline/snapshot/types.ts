import type { OpeningHours } from "@/lib/domain/stores/opening-hours";

/** Records of the offline snapshot, as the tablet holds them. Catalogue and stock only: nothing personal. */
export type SnapStyle = {
  id: number;
  code: string;
  name: string;
  brand: string;
  category: string;
  priceCents: number;
  description: string;
  image: string | null;
  colours: { name: string; hex: string }[];
};

export type SnapVariant = { id: number; styleId: number; sku: string; ean: string; colour: string; size: string; sizeOrder: number; priceCents: number };

export type SnapStock = { variantId: number; storeId: number; onHand: number; reserved: number; available: number; updatedAt: string };

export type SnapStore = {
  id: number;
  code: string;
  name: string;
  city: string;
  distanceKm: number;
  phone: string;
  canShip: boolean;
  timezone: string;
  hours: OpeningHours;
  /** Local ISO dates the store is shut for a public holiday. */
  holidays: string[];
  /** The tablet's own store. */
  isHere: boolean;
};

export type SnapMeta = {
  /** The tablet's store the snapshot belongs to. */
  storeId: number;
  /** Server time the figures were read at (ISO): what "figures as of 10:42" shows. */
  asOf: string;
  cursor: string;
  /** The store's IANA time zone: clocks on screen are in store time. */
  timeZone: string;
  /** When this tablet last stored a refresh (ISO). */
  syncedAt: string;
};
