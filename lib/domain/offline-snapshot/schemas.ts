import { z } from "zod";

/** Enough to reach the demo chain's Barcelona stores from Madrid (20th nearest): the other branches that can ship. */
export const NEARBY_STORES = 20;

export const snapshotQuery = z.object({
  since: z.string().max(1200).optional().describe("The cursor of the last refresh: only rows changed since are sent."),
  store: z.coerce.number().int().positive().optional().describe("The tablet's store; defaults to the caller's working store."),
});

export const snapshotResponse = z.object({
  v: z.literal(1),
  store: z.number().int(),
  full: z.boolean(),
  asOf: z.string(),
  cursor: z.string(),
  stores: z.array(z.array(z.unknown())),
  styles: z.array(z.array(z.unknown())),
  variants: z.array(z.array(z.unknown())),
  stock: z.array(z.array(z.number())),
});
