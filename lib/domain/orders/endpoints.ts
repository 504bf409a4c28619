import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { storeIdParams } from "@/lib/domain/stores/endpoints";
import {
  cancelInputSchema,
  eventsQuerySchema,
  findOrdersQuerySchema,
  lineStatusInputSchema,
  orderDetailSchema,
  orderFeedSchema,
  orderSummarySchema,
  placeOrderInputSchema,
  quoteInputSchema,
  quoteResultSchema,
  toShipItemSchema,
} from "./schemas";

const orderParams = z.object({ orderId: z.uuid("An order id is a UUID.") });
const STOCK_409 =
  "409 `out_of_stock` when a line cannot get its units: `error.details.lines[]` gives, per failed line, its index, the stores tried and `alternatives` (next-best sources with promise dates).";

export const placeOrderEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/orders",
  tag: "Orders",
  summary: "Place an order: lines shipped from other stores (or taken now), delivered to an address or collected at a store.",
  description: `Needs an Idempotency-Key: a repeat returns the stored response (header Idempotent-Replayed: true), the same key with another body gets 422, a repeat while the first runs gets 409. Responds 201. ${STOCK_409} Integration tokens and admins name the selling store in \`storeId\`.`,
  permission: "order:create",
  body: placeOrderInputSchema,
  response: orderDetailSchema,
  idempotent: true,
});

export const quoteOrderEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/orders/quote",
  tag: "Orders",
  summary: "Sources, promise dates and totals for a prospective order, reserving nothing.",
  permission: "order:create",
  body: quoteInputSchema,
  response: quoteResultSchema,
});

export const findOrdersEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/orders",
  tag: "Orders",
  summary: "Find orders by exact order number, customer phone or customer email (chain-wide).",
  permission: "order:read",
  query: findOrdersQuerySchema,
  response: z.object({ orders: z.array(orderSummarySchema) }),
});

export const getOrderEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/orders/{orderId}",
  tag: "Orders",
  summary: "An order with its lines, sources, promise dates and timeline. `contact=true` adds phone, email and address (audited).",
  permission: "order:read",
  params: orderParams,
  query: z.object({ contact: z.enum(["true", "false"]).default("false") }),
  response: orderDetailSchema,
});

export const cancelOrderEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/orders/{orderId}/cancel",
  tag: "Orders",
  summary: "Cancel an order (or some lines, `lineIds`) and release its reserved stock. Send `{}` to cancel it all.",
  description: "Needs an Idempotency-Key. 409 `conflict` once anything has shipped (that is a return).",
  permission: "order:cancel",
  params: orderParams,
  body: cancelInputSchema,
  response: orderDetailSchema,
  idempotent: true,
});

export const lineStatusEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/orders/{orderId}/lines/{lineId}/status",
  tag: "Orders",
  summary: "Report a line's status: picking, packed, shipped (carrier and tracking number), delivered, picked_up, cancelled.",
  description: "Resending the line's current status is a no-op. 409 `conflict` for a transition the rules do not allow; `error.details.allowed` lists those that are.",
  permission: "order:fulfil",
  params: z.object({ orderId: z.uuid(), lineId: z.uuid() }),
  body: lineStatusInputSchema,
  response: orderDetailSchema,
});

export const orderEventsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/orders/events",
  tag: "Orders",
  summary: "Order events after a cursor, oldest first: follow with `after=nextAfter` until `hasMore` is false.",
  description: "The cursor is the event id. Events appear about 2 seconds after they happen, so a page never skips one still being committed.",
  permission: "order:read",
  query: eventsQuerySchema,
  response: orderFeedSchema,
});

export const toShipEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/stores/{storeId}/to-ship",
  tag: "Orders",
  summary: "A store's pick list: order lines it ships that are placed or being picked, most urgent first.",
  permission: "order:fulfil",
  params: storeIdParams,
  response: z.object({ items: z.array(toShipItemSchema) }),
});
