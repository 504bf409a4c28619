import { z } from "zod";
import { customerRefSchema } from "@/lib/domain/customers/schemas";
import { normalisePhone } from "@/lib/domain/customers/normalise-contact";
import { SPANISH_POSTCODE } from "./postcode-location";

const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(max).optional());
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const storeId = z.coerce.number().int().positive();
const orderStatus = z.enum(["placed", "picking", "shipped", "delivered", "picked_up", "cancelled"]);

/** A delivery address in Spain; the same rules on the tablet form and on the API. */
export const addressSchema = z.object({
  name: z.string().trim().min(1, "Enter who receives the parcel.").max(100, "Keep the name under 100 characters."),
  line1: z.string().trim().min(1, "Enter the street and number.").max(120, "Keep the street line under 120 characters."),
  line2: optionalText(120),
  city: z.string().trim().min(1, "Enter the town or city.").max(80, "Keep the town under 80 characters."),
  postcode: z.string().trim().regex(SPANISH_POSTCODE, "Spanish postcodes have 5 digits, e.g. 28013"),
  country: z.literal("ES", "We deliver within Spain only for now.").default("ES"),
  phone: optionalText(40)
    .refine((p) => p === undefined || normalisePhone(p) !== null, "Enter a phone number like 612 345 678.")
    .transform((p) => (p === undefined ? undefined : (normalisePhone(p) ?? p))),
});
export type AddressInput = z.infer<typeof addressSchema>;

export const fulfilmentSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("delivery"), address: addressSchema }),
  z.object({ kind: z.literal("pickup"), storeId }),
]);

const qty = z.coerce.number().int().min(1, "At least 1.").max(10, "At most 10 of one item per line.").default(1);
/** Ship lines come from a store (or the best one, chosen at confirm time); take-now lines leave with the customer. */
export const orderLineInputSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("ship"), variantId: z.number().int().positive(), qty, source: z.union([storeId, z.literal("best")]) }),
  z.object({ kind: z.literal("take_now"), variantId: z.number().int().positive(), qty }),
]);
export type OrderLineInput = z.infer<typeof orderLineInputSchema>;

const lines = z.array(orderLineInputSchema).min(1, "Add at least one item.").max(20, "At most 20 lines per order.");

/** The store acting: integration tokens and admins name it; associates and managers act for their working store. */
const actingStore = { storeId: storeId.optional() };

export const quoteInputSchema = z.object({ ...actingStore, fulfilment: fulfilmentSchema, lines });
export const placeOrderInputSchema = z.object({ ...actingStore, customer: customerRefSchema, fulfilment: fulfilmentSchema, lines });
export type QuoteInput = z.infer<typeof quoteInputSchema>;
export type PlaceOrderInput = z.infer<typeof placeOrderInputSchema>;

export const idempotencyKeySchema = z.string().trim().min(8, "Idempotency keys have 8 to 128 characters.").max(128);

export const cancelInputSchema = z.object({
  lineIds: z.array(z.uuid()).min(1).max(20).optional(),
  reason: optionalText(200),
});
export type CancelInput = z.infer<typeof cancelInputSchema>;

/** "packed" is a sub-step of picking, recorded as an event; the others are line statuses. */
export const lineStatusInputSchema = z
  .object({
    status: z.enum(["picking", "packed", "shipped", "delivered", "picked_up", "cancelled"]),
    carrier: optionalText(60),
    trackingNumber: optionalText(80),
    note: optionalText(200),
  })
  .superRefine((v, ctx) => {
    if (v.status !== "shipped") return;
    if (!v.carrier) ctx.addIssue({ code: "custom", path: ["carrier"], message: "Enter the carrier." });
    if (!v.trackingNumber) ctx.addIssue({ code: "custom", path: ["trackingNumber"], message: "Enter the tracking number." });
  });
export type LineStatusInput = z.infer<typeof lineStatusInputSchema>;

export const findOrdersQuerySchema = z
  .object({ number: optionalText(20), phone: optionalText(40), email: optionalText(254) })
  .refine((q) => q.number || q.phone || q.email, { message: "Search by order number, phone or email.", path: ["number"] });
export type FindOrdersQuery = z.infer<typeof findOrdersQuerySchema>;

export const eventsQuerySchema = z.object({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

// ---- DTOs: what crosses to the tablet and the API ----

export const storeRefSchema = z.object({ id: z.number().int(), code: z.string(), name: z.string(), city: z.string() });
export type StoreRef = z.infer<typeof storeRefSchema>;

export const sourceOptionSchema = z.object({
  storeId: z.number().int(),
  code: z.string(),
  name: z.string(),
  city: z.string(),
  available: z.number().int(),
  distanceKm: z.number(),
  promiseDate: isoDate,
});
export type SourceOption = z.infer<typeof sourceOptionSchema>;

export const variantRefSchema = z.object({
  variantId: z.number().int(),
  styleId: z.number().int(),
  styleName: z.string(),
  colour: z.string(),
  size: z.string(),
  sku: z.string(),
  ean: z.string(),
});
export type VariantRef = z.infer<typeof variantRefSchema>;

export const lineProblemSchema = z.object({ code: z.enum(["out_of_stock", "cannot_ship", "unknown_store", "unknown_item"]), message: z.string() });

export const quoteLineSchema = z.object({
  index: z.number().int(),
  kind: z.enum(["ship", "take_now"]),
  qty: z.number().int(),
  variant: variantRefSchema.nullable(),
  unitPriceCents: z.number().int(),
  lineTotalCents: z.number().int(),
  requestedSource: z.union([z.number().int(), z.literal("best"), z.literal("here")]),
  source: sourceOptionSchema.nullable(),
  promiseDate: isoDate.nullable(),
  explanation: z.array(z.string()),
  problem: lineProblemSchema.nullable(),
  /** Other stores that can supply the line, best first (for "BCN01 can have it Thursday"). */
  alternatives: z.array(sourceOptionSchema),
});
export const quoteResultSchema = z.object({
  ok: z.boolean(),
  sellingStoreId: z.number().int(),
  fulfilment: z.enum(["delivery", "pickup"]),
  lines: z.array(quoteLineSchema),
  promiseDate: isoDate.nullable(),
  totalCents: z.number().int(),
  quotedAt: z.string(),
});
export type QuoteLine = z.infer<typeof quoteLineSchema>;
export type QuoteResult = z.infer<typeof quoteResultSchema>;

/** `details` of a 409 out_of_stock: per failed line, what was tried and where it can still come from. */
export const outOfStockDetailsSchema = z.object({
  lines: z.array(
    z.object({
      index: z.number().int(),
      variantId: z.number().int(),
      sku: z.string().nullable(),
      requestedSource: z.union([z.number().int(), z.literal("best"), z.literal("here")]),
      triedStoreIds: z.array(z.number().int()),
      alternatives: z.array(sourceOptionSchema),
    }),
  ),
});
export type OutOfStockDetails = z.infer<typeof outOfStockDetailsSchema>;

export const orderLineSchema = z.object({
  id: z.string(),
  kind: z.enum(["ship", "take_now"]),
  variant: variantRefSchema,
  qty: z.number().int(),
  unitPriceCents: z.number().int(),
  source: storeRefSchema,
  status: orderStatus,
  promiseDate: isoDate.nullable(),
  carrier: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  packed: z.boolean(),
  nextStatuses: z.array(orderStatus),
});
export const orderEventSchema = z.object({
  id: z.number().int(),
  lineId: z.string().nullable(),
  status: orderStatus,
  note: z.string(),
  at: z.string(),
  by: z.string().nullable(),
});
export const addressOutSchema = z.object({
  name: z.string(),
  line1: z.string(),
  line2: z.string().optional(),
  city: z.string(),
  postcode: z.string(),
  country: z.string(),
  phone: z.string().optional(),
});
export const orderDetailSchema = z.object({
  id: z.string(),
  number: z.string(),
  status: orderStatus,
  fulfilment: z.enum(["delivery", "pickup"]),
  sellingStore: storeRefSchema,
  pickupStore: storeRefSchema.nullable(),
  /** Contact details appear only when asked for (and the view is audited). */
  address: addressOutSchema.nullable(),
  customer: z.object({ id: z.string(), firstName: z.string(), lastName: z.string(), phone: z.string().nullable(), email: z.string().nullable() }),
  promiseDate: isoDate.nullable(),
  totalCents: z.number().int(),
  createdAt: z.string(),
  lines: z.array(orderLineSchema),
  events: z.array(orderEventSchema),
  canCancel: z.boolean(),
  cancelBlockedReason: z.string().nullable(),
  emailQueued: z.boolean(),
});
export type OrderLineDto = z.infer<typeof orderLineSchema>;
export type OrderEventDto = z.infer<typeof orderEventSchema>;
export type OrderDetail = z.infer<typeof orderDetailSchema>;

export const orderSummarySchema = z.object({
  id: z.string(),
  number: z.string(),
  status: orderStatus,
  fulfilment: z.enum(["delivery", "pickup"]),
  sellingStore: storeRefSchema,
  customerFirstName: z.string(),
  promiseDate: isoDate.nullable(),
  totalCents: z.number().int(),
  itemCount: z.number().int(),
  createdAt: z.string(),
});
export type OrderSummary = z.infer<typeof orderSummarySchema>;

export const toShipItemSchema = z.object({
  orderId: z.string(),
  orderNumber: z.string(),
  lineId: z.string(),
  status: orderStatus,
  packed: z.boolean(),
  qty: z.number().int(),
  customerFirstName: z.string(),
  promiseDate: isoDate.nullable(),
  fulfilment: z.enum(["delivery", "pickup"]),
  /** "28013 Madrid" for a delivery, the store for a pickup: enough to pick the parcel, not the full address. */
  destination: z.string(),
  variant: variantRefSchema,
  placedAt: z.string(),
  nextStatuses: z.array(orderStatus),
});
export type ToShipItem = z.infer<typeof toShipItemSchema>;

export const orderFeedEventSchema = z.object({
  id: z.number().int(),
  orderId: z.string(),
  orderNumber: z.string(),
  lineId: z.string().nullable(),
  status: orderStatus,
  note: z.string(),
  at: z.string(),
});
export const orderFeedSchema = z.object({
  events: z.array(orderFeedEventSchema),
  /** Pass as `after` for the next page; equal to the request's `after` when nothing new. */
  nextAfter: z.number().int(),
  hasMore: z.boolean(),
});
export type OrderFeedEvent = z.infer<typeof orderFeedEventSchema>;
export type OrderFeed = z.infer<typeof orderFeedSchema>;

// ---- Server-action inputs: the API's bodies plus the client-generated Idempotency-Key ----

export const placeOrderActionSchema = placeOrderInputSchema.extend({ idempotencyKey: idempotencyKeySchema });
export const cancelOrderActionSchema = cancelInputSchema.extend({ orderId: z.uuid(), idempotencyKey: idempotencyKeySchema });
/** The tablet's steps on the to-ship queue and at the pickup counter. */
export const advanceLineActionSchema = z
  .object({
    orderId: z.uuid(),
    lineId: z.uuid(),
    step: z.enum(["pick", "pack", "ship", "deliver", "pickup"]),
    carrier: optionalText(60),
    trackingNumber: optionalText(80),
  })
  .superRefine((v, ctx) => {
    if (v.step !== "ship") return;
    if (!v.carrier) ctx.addIssue({ code: "custom", path: ["carrier"], message: "Enter the carrier." });
    if (!v.trackingNumber) ctx.addIssue({ code: "custom", path: ["trackingNumber"], message: "Enter the tracking number." });
  });
export const orderIdSchema = z.object({ orderId: z.uuid() });
export type PlaceOrderActionInput = z.input<typeof placeOrderActionSchema>;
export type CancelOrderActionInput = z.input<typeof cancelOrderActionSchema>;
export type AdvanceLineActionInput = z.input<typeof advanceLineActionSchema>;

export const STEP_STATUS = { pick: "picking", pack: "packed", ship: "shipped", deliver: "delivered", pickup: "picked_up" } as const;
