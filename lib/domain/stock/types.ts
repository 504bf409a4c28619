/** DTOs of the stock capability. Available = on hand - reserved; every figure carries its age. */
export type StockCell = {
  variantId: number;
  size: string;
  onHand: number;
  reserved: number;
  available: number;
  /** ISO */
  updatedAt: string;
  /** false when the store has no stock row for the variant (does not carry it); absent otherwise. */
  carried?: false;
};

export type StoreMatrix = {
  storeId: number;
  styleId: number;
  asOf: string | null;
  stale: boolean;
  staleAfterMinutes: number;
  cells: (StockCell & { colour: string })[];
};

export type GridStore = {
  storeId: number;
  code: string;
  name: string;
  city: string;
  phone: string;
  distanceKm: number;
  isHere: boolean;
  open: boolean;
  closesAt: string | null;
  nextOpen: string | null;
  canShip: boolean;
  /** YYYY-MM-DD, delivery from this store to the working store's area; null if it cannot ship. */
  promiseDate: string | null;
  /** One per size of the run, same order as sizes. */
  cells: StockCell[];
};

export type StoresGrid = {
  styleId: number;
  colour: string;
  originStoreId: number;
  sizes: { size: string; variantId: number }[];
  /** The nearest stores that pass the filters, up to the limit asked for. */
  stores: GridStore[];
  /** How many stores pass the filters in all (more than stores.length when the limit cut the list). */
  totalStores: number;
  /** With a size asked: how many of the matching stores (not only those returned) have it available; else null. */
  storesWithSize: number | null;
  asOf: string | null;
  stale: boolean;
  staleAfterMinutes: number;
};

export type LostSaleReason = "out_of_stock_everywhere" | "price" | "customer_declined" | "other";
