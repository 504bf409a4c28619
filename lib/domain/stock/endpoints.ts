import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { styleIdParams } from "@/lib/domain/catalog/schemas";
import { gridApiQuery, matrixApiQuery, stockEventsBodySchema, stockEventsResponseSchema, STOCK_EVENTS_MAX, variantStockApiQuery } from "./schemas";
import type { StoreMatrix, StoresGrid } from "./types";
import type { VariantStock } from "./variant-stock";

const cell = z.object({
  variantId: z.number().int(),
  size: z.string(),
  onHand: z.number().int(),
  reserved: z.number().int(),
  available: z.number().int(),
  updatedAt: z.string(),
  carried: z.literal(false).optional(),
});
const fresh = { asOf: z.string().nullable(), stale: z.boolean(), staleAfterMinutes: z.number() };
const storeRow = z.object({
  storeId: z.number().int(),
  code: z.string(),
  name: z.string(),
  city: z.string(),
  phone: z.string(),
  distanceKm: z.number(),
  isHere: z.boolean(),
  open: z.boolean(),
  closesAt: z.string().nullable(),
  nextOpen: z.string().nullable(),
  canShip: z.boolean(),
  promiseDate: z.string().nullable(),
});
export const storeMatrixSchema = z.object({ storeId: z.number().int(), styleId: z.number().int(), ...fresh, cells: z.array(cell.extend({ colour: z.string() })) });
export const storesGridSchema = z.object({
  styleId: z.number().int(),
  colour: z.string(),
  originStoreId: z.number().int(),
  sizes: z.array(z.object({ size: z.string(), variantId: z.number().int() })),
  stores: z.array(storeRow.extend({ cells: z.array(cell) })),
  totalStores: z.number().int(),
  storesWithSize: z.number().int().nullable(),
  ...fresh,
});
export const variantStockSchema = z.object({
  variantId: z.number().int(),
  sku: z.string(),
  ean: z.string(),
  styleId: z.number().int(),
  colour: z.string(),
  size: z.string(),
  originStoreId: z.number().int(),
  stores: z.array(storeRow.extend({ cell })),
  ...fresh,
});

// The documented shapes must stay the DTOs the code returns: these fail to compile if the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _dtoChecks: [Same<z.infer<typeof storeMatrixSchema>, StoreMatrix>, Same<z.infer<typeof storesGridSchema>, StoresGrid>, Same<z.infer<typeof variantStockSchema>, VariantStock>] = [true, true, true];

const FIGURES =
  "Available = on hand - reserved. Each cell has its updatedAt; asOf is the oldest figure shown and stale is true when it is older than the " +
  "stale_after_minutes setting. A cell with carried: false means the store has no stock row for that variant. `store` (the store looked from) " +
  "defaults to the caller's working store; integration tokens must pass it.";

export const storeMatrixEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/styles/{styleId}/stock",
  tag: "Stock",
  summary: "Size x colour stock of a style at one store.",
  description: FIGURES,
  permission: "stock:read",
  params: styleIdParams,
  query: matrixApiQuery,
  response: storeMatrixSchema,
});

export const storesGridEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/styles/{styleId}/stores",
  tag: "Stock",
  summary: "Sizes x stores for one colour: this store first, then nearest, with open now, phone and promise date.",
  description:
    `${FIGURES} promiseDate is when an order shipped from that store would reach the looked-from store's area (null if it does not ship). ` +
    "onlyWithSize=true (needs size) keeps stores with that size available; radiusKm keeps stores within that distance. The looked-from store is always included. limit (default 25, at most 1,000) returns the nearest stores; totalStores says how many matched.",
  permission: "stock:read",
  params: styleIdParams,
  query: gridApiQuery,
  response: storesGridSchema,
});

export const variantStockEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/stock",
  tag: "Stock",
  summary: "One variant (variantId or sku) across every store, nearest first.",
  description: FIGURES,
  permission: "stock:read",
  query: variantStockApiQuery,
  response: variantStockSchema,
});

export const stockEventsEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/stock/events",
  tag: "Stock",
  summary: `Apply a batch of 1-${STOCK_EVENTS_MAX} stock events (absolute counts or deltas); always 200 with a result per event.`,
  description:
    "Each event: `{ id, source?, storeCode | storeId, sku | ean | variantId, kind: absolute | delta, quantity, sourceTs }`. " +
    "The response is 200 whenever the envelope is valid, with one result per event in request order: `applied`; `duplicate` (this source + id was " +
    "received before: nothing changes, so retrying a whole batch is safe); `stale` (sourceTs is not after the last absolute count of that stock, " +
    "so an older count never overwrites a newer one and a delta already included in a later count is ignored); `rejected` with `error` " +
    "(validation_failed with fields, not_found for an unknown store or SKU, forbidden for a store outside the token's, conflict when on hand " +
    "would go below reserved units). Rejected events are not remembered and may be sent again. source defaults to \"default\": set it to the " +
    "sending system's name when event ids are only unique within that system. sourceTs may not be more than 5 minutes in the future. " +
    "A stock row is created when a store did not carry the variant. A body that is not an object with an events array is a 422.",
  permission: "stock:write",
  body: stockEventsBodySchema,
  response: stockEventsResponseSchema,
  maxBodyBytes: 1_000_000,
});
