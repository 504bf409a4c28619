"use server";

import { action } from "@/lib/api/action";
import { cancelOrder } from "./cancel-order";
import { changeLineStatus } from "./change-line-status";
import { findOrders } from "./find-orders";
import { getOrder } from "./get-order";
import { placeOrder } from "./place-order";
import { quoteOrder } from "./quote-order";
import {
  STEP_STATUS,
  advanceLineActionSchema,
  cancelOrderActionSchema,
  findOrdersQuerySchema,
  orderIdSchema,
  placeOrderActionSchema,
  quoteInputSchema,
} from "./schemas";

/** Sources, promise dates and totals before the associate confirms; reserves nothing. */
export const quoteOrderAction = action("order:create", quoteInputSchema, (input, { actor, db }) => quoteOrder(db, actor, input));

/** Places the order once per idempotencyKey (generated when the order is started); returns the confirmation. */
export const placeOrderAction = action("order:create", placeOrderActionSchema, async ({ idempotencyKey, ...input }, { actor, db }) => {
  return (await placeOrder(db, actor, input, { idempotencyKey })).body;
});

export const cancelOrderAction = action("order:cancel", cancelOrderActionSchema, async ({ orderId, idempotencyKey, ...input }, { actor, db }) => {
  return (await cancelOrder(db, actor, orderId, input, { idempotencyKey })).body;
});

/** pick → picking, pack (recorded), ship (carrier + tracking), deliver, pickup. */
export const advanceLineAction = action("order:fulfil", advanceLineActionSchema, ({ orderId, lineId, step, carrier, trackingNumber }, { actor, db }) =>
  changeLineStatus(db, actor, orderId, lineId, { status: STEP_STATUS[step], carrier, trackingNumber }),
);

export const findOrdersAction = action("order:read", findOrdersQuerySchema, (query, { actor, db }) => findOrders(db, actor, query));

/** Shows the customer's phone, email and address on an order; the view is audited. */
export const revealOrderContactAction = action("order:read", orderIdSchema, ({ orderId }, { actor, db }) =>
  getOrder(db, actor, orderId, { withContact: true, screen: "order" }),
);
