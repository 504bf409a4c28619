"use server";

import { action } from "@/lib/api/action";
import { actingStoreId } from "@/lib/domain/orders/acting-store";
import { convertHold } from "./convert-hold";
import { createHold } from "./create-hold";
import { getHold } from "./get-hold";
import { listHolds } from "./list-holds";
import { releaseHold } from "./release-hold";
import { convertHoldActionSchema, holdIdSchema, listHoldsActionSchema, placeHoldActionSchema } from "./schemas";

/** Holds a unit at another store (30 minutes by default, or for pickup until a day), once per idempotencyKey. */
export const placeHoldAction = action("hold:create", placeHoldActionSchema, async ({ idempotencyKey, ...input }, { actor, db }) => {
  return (await createHold(db, actor, input, { idempotencyKey })).body;
});

/** One tap: the hold becomes an order that keeps its reservation. Returns the order confirmation. */
export const convertHoldAction = action("order:create", convertHoldActionSchema, async ({ holdId, idempotencyKey, ...input }, { actor, db }) => {
  return (await convertHold(db, actor, holdId, input, { idempotencyKey })).body;
});

export const releaseHoldAction = action("hold:create", holdIdSchema, ({ holdId }, { actor, db }) => releaseHold(db, actor, holdId));

export const getHoldAction = action("hold:create", holdIdSchema, ({ holdId }, { actor, db }) => getHold(db, actor, holdId));

export const listHoldsAction = action("hold:create", listHoldsActionSchema, ({ storeId }, { actor, db }) => listHolds(db, actor, actingStoreId(actor, storeId)));
