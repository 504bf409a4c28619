import { z } from "zod";
import { customerRefSchema } from "@/lib/domain/customers/schemas";
import { fulfilmentSchema, storeRefSchema, variantRefSchema } from "@/lib/domain/orders/schemas";

const storeId = z.coerce.number().int().positive();

/** Hold a unit at another store while the customer decides (minutes), or for pickup until a date. */
export const holdInputSchema = z
  .object({
    /** The store asking (integration tokens and admins name it; others act for their working store). */
    storeId: storeId.optional(),
    variantId: z.number().int().positive(),
    /** Where the unit is held. */
    atStoreId: storeId,
    qty: z.coerce.number().int().min(1).max(5, "Hold at most 5 units.").default(1),
    kind: z.enum(["decide", "pickup"]).default("decide"),
    minutes: z.coerce.number().int().min(5, "At least 5 minutes.").max(240, "At most 4 hours; use a pickup hold for longer.").optional(),
    until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Give the last pickup day as YYYY-MM-DD.").optional(),
    customer: customerRefSchema.optional(),
  })
  .superRefine((h, ctx) => {
    if (h.kind === "pickup") {
      if (!h.until) ctx.addIssue({ code: "custom", path: ["until"], message: "Choose the last day the customer can collect it." });
      if (!h.customer) ctx.addIssue({ code: "custom", path: ["customer"], message: "A pickup hold needs the customer's name and phone or email." });
      if (h.minutes !== undefined) ctx.addIssue({ code: "custom", path: ["minutes"], message: "Pickup holds last until a date, not minutes." });
    } else if (h.until) {
      ctx.addIssue({ code: "custom", path: ["until"], message: "A hold while the customer decides lasts minutes, not until a date." });
    }
  });
export type HoldInput = z.infer<typeof holdInputSchema>;

/** Turns a hold into an order: the order's line takes over the held unit. */
export const convertHoldInputSchema = z.object({
  storeId: storeId.optional(),
  customer: customerRefSchema.optional(),
  fulfilment: fulfilmentSchema,
});
export type ConvertHoldInput = z.infer<typeof convertHoldInputSchema>;

export const holdStatusSchema = z.enum(["active", "converted", "expired", "released"]);
export const holdSchema = z.object({
  id: z.string(),
  variant: variantRefSchema,
  atStore: storeRefSchema,
  requestedByStoreId: z.number().int(),
  qty: z.number().int(),
  kind: z.enum(["decide", "pickup"]),
  /** Already "expired" once past expiresAt, even before the sweeper has released it. */
  status: holdStatusSchema,
  customer: z.object({ id: z.string(), firstName: z.string() }).nullable(),
  orderId: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  closedAt: z.string().nullable(),
});
export type HoldDto = z.infer<typeof holdSchema>;

const idempotencyKey = z.string().trim().min(8).max(128);
export const placeHoldActionSchema = holdInputSchema.and(z.object({ idempotencyKey }));
export const convertHoldActionSchema = convertHoldInputSchema.extend({ holdId: z.uuid(), idempotencyKey });
export const holdIdSchema = z.object({ holdId: z.uuid() });
export const listHoldsActionSchema = z.object({ storeId: storeId.optional() });
export type PlaceHoldActionInput = z.input<typeof placeHoldActionSchema>;
export type ConvertHoldActionInput = z.input<typeof convertHoldActionSchema>;
