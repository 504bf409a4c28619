"use server";

import { action } from "@/lib/api/action";
import { recordLostSale } from "./record-lost-sale";
import { lostSaleSchema } from "./schemas";

/** One tap from the style screen; the store is the tablet's (recordLostSale checks it), the event is recorded with it. */
export const logLostSale = action("lost_sale:create", lostSaleSchema, async (input, { actor, db }) => recordLostSale(db, actor, input));
