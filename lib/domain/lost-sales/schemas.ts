import { z } from "zod";

export const LOST_SALE_REASONS = ["out_of_stock_everywhere", "price", "customer_declined", "other"] as const;

/** One tap on the style screen: what, which size, why. Shared by the server action and POST /api/v1/lost-sales. */
export const lostSaleSchema = z.object({
  styleId: z.number({ error: "Which style was it?" }).int().positive("Which style was it?"),
  colour: z.string().trim().min(1).max(60).optional(),
  size: z.string().trim().min(1).max(20).optional(),
  variantId: z.number().int().positive().optional(),
  reason: z.enum(LOST_SALE_REASONS, { error: "Choose why the sale was lost." }),
  note: z.string().trim().max(500, "Keep the note under 500 characters.").optional(),
  customerId: z.string().uuid("That is not a customer id.").optional(),
  /** Only for a head-office admin at a desk; everyone else records for their working store. */
  storeId: z.number().int().positive().optional(),
});

export type LostSaleInput = z.input<typeof lostSaleSchema>;

export const lostSaleResponse = z.object({ id: z.string() });
