import { z } from "zod";
import { storeParam } from "@/lib/domain/catalog/schemas";

const blankAsUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const queryBool = z.preprocess(
  (v) => (v === "true" || v === "1" ? true : v === "false" || v === "0" ? false : blankAsUndefined(v)),
  z.boolean({ error: "Use true or false." }).optional(),
);

const id = (what: string) => z.number({ error: `${what} is a number.` }).int().positive(`${what} is a positive number.`);
const colourText = z.string({ error: "Choose a colour." }).trim().min(1, "Choose a colour.").max(60);
const sizeText = z.string().trim().min(1).max(20, "A size has at most 20 characters.");
const radius = z.number().positive("The radius must be more than 0 km.").max(2_000, "The radius can be at most 2,000 km.");
/** Nearest stores a grid returns by default: a tablet shows about a dozen rows; "show all" asks for more. */
export const GRID_STORES_DEFAULT = 25;
export const GRID_STORES_MAX = 1_000;
const storesLimit = z.number().int("The number of stores is a whole number.").min(1, "Ask for at least 1 store.").max(GRID_STORES_MAX, `Ask for at most ${GRID_STORES_MAX} stores.`);

/** Input of getStoresGrid(), shared with the API query below. */
export const gridInputSchema = z
  .object({
    styleId: id("The style id"),
    colour: colourText,
    originStoreId: id("The store id"),
    size: sizeText.optional(),
    onlyWithSize: z.boolean().optional(),
    radiusKm: radius.optional(),
    limit: storesLimit.optional(),
  })
  .refine((g) => !g.onlyWithSize || g.size !== undefined, { message: "Choose a size to show only stores that have it.", path: ["size"] });

/** GET /api/v1/styles/{styleId}/stores */
export const gridApiQuery = z
  .object({
    colour: colourText,
    size: z.preprocess(blankAsUndefined, sizeText.optional()),
    onlyWithSize: queryBool,
    radiusKm: z.preprocess(blankAsUndefined, z.coerce.number().pipe(radius).optional()),
    limit: z.preprocess(blankAsUndefined, z.coerce.number().pipe(storesLimit).optional()),
    store: storeParam,
  })
  .refine((g) => !g.onlyWithSize || g.size !== undefined, { message: "Choose a size to show only stores that have it.", path: ["size"] });

/** GET /api/v1/styles/{styleId}/stock */
export const matrixApiQuery = z.object({ store: storeParam });

/** GET /api/v1/stock: one variant, by id or SKU, across the chain. */
export const variantStockApiQuery = z
  .object({
    variantId: z.preprocess(blankAsUndefined, z.coerce.number().int().positive("A variant id is a positive number.").optional()),
    sku: z.preprocess(blankAsUndefined, z.string().trim().max(64).optional()),
    store: storeParam,
  })
  .refine((q) => (q.variantId === undefined) !== (q.sku === undefined), { message: "Give either variantId or sku.", path: ["variantId"] });

// ---- Stock events (POST /api/v1/stock/events) ---------------------------------------------------------

export const STOCK_EVENTS_MAX = 1000;
export const MAX_QUANTITY = 100_000;

/** One event from the retailer's systems. Each is validated on its own: a bad one never blocks the others. */
export const stockEventSchema = z
  .object({
    id: z.string({ error: "Every event needs an id (a string unique within its source)." }).trim().min(1, "The id is empty.").max(100, "The id can be at most 100 characters."),
    source: z.string().trim().min(1).max(60, "The source can be at most 60 characters.").optional(),
    storeCode: z.string().trim().min(1).max(20).optional(),
    storeId: id("storeId").optional(),
    sku: z.string().trim().min(1).max(64).optional(),
    ean: z.string().trim().min(1).max(20).optional(),
    variantId: id("variantId").optional(),
    kind: z.enum(["absolute", "delta"], { error: 'kind is "absolute" (a count) or "delta" (a change).' }),
    quantity: z.number({ error: "quantity is a whole number." }).int("quantity is a whole number.").min(-MAX_QUANTITY).max(MAX_QUANTITY),
    sourceTs: z.iso.datetime({ offset: true, error: "sourceTs is an ISO 8601 date-time with a time zone, e.g. 2026-05-04T10:15:00Z." }),
  })
  .superRefine((e, ctx) => {
    if (e.storeCode === undefined && e.storeId === undefined) ctx.addIssue({ code: "custom", path: ["storeCode"], message: "Give storeCode or storeId." });
    if (e.sku === undefined && e.ean === undefined && e.variantId === undefined) {
      ctx.addIssue({ code: "custom", path: ["sku"], message: "Give sku, ean or variantId." });
    }
    if (e.kind === "absolute" && e.quantity < 0) ctx.addIssue({ code: "custom", path: ["quantity"], message: "A count cannot be negative." });
  });

export type StockEventInput = z.infer<typeof stockEventSchema>;

/**
 * The envelope only: events are checked one by one by applyStockEvents, so one malformed event is reported
 * in its own result instead of refusing the whole batch.
 */
export const stockEventsBodySchema = z.object({
  events: z
    .array(z.unknown(), { error: "The body must be an object with an events array." })
    .min(1, "Send at least one event.")
    .max(STOCK_EVENTS_MAX, `Send at most ${STOCK_EVENTS_MAX} events per batch.`),
}, { error: "The body must be an object with an events array." });

const eventError = z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() });
export const stockEventResultSchema = z.object({
  id: z.string().nullable(),
  status: z.enum(["applied", "duplicate", "stale", "rejected"]),
  error: eventError.optional(),
});
export const stockEventsResponseSchema = z.object({
  results: z.array(stockEventResultSchema),
  applied: z.number().int(),
  duplicates: z.number().int(),
  stale: z.number().int(),
  rejected: z.number().int(),
});
export type StockEventResult = z.infer<typeof stockEventResultSchema>;
export type StockEventsResponse = z.infer<typeof stockEventsResponseSchema>;
