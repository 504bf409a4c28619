import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { orderDetailSchema } from "@/lib/domain/orders/schemas";
import { convertHoldInputSchema, holdInputSchema, holdSchema } from "./schemas";

const holdParams = z.object({ holdId: z.uuid("A hold id is a UUID.") });

export const createHoldEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/holds",
  tag: "Holds",
  summary: "Hold units at a store while the customer decides (minutes; default from settings) or for pickup until a day.",
  description: "Needs an Idempotency-Key. Responds 201. 409 `out_of_stock` with `error.details.lines[0].alternatives` when the units are gone.",
  permission: "hold:create",
  body: holdInputSchema,
  response: holdSchema,
  idempotent: true,
});

export const getHoldEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/holds/{holdId}",
  tag: "Holds",
  summary: "A hold; one past its time reads as expired (and is released).",
  permission: "hold:create",
  params: holdParams,
  response: holdSchema,
});

export const convertHoldEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/holds/{holdId}/convert",
  tag: "Holds",
  summary: "Turn a hold into an order whose line keeps the held reservation.",
  description: "Needs an Idempotency-Key. Responds 201 with the order. 409 `conflict` when the hold has expired, was released or already converted.",
  permission: "order:create",
  params: holdParams,
  body: convertHoldInputSchema,
  response: orderDetailSchema,
  idempotent: true,
});

export const releaseHoldEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/holds/{holdId}/release",
  tag: "Holds",
  summary: "Release a hold now (the customer said no). Safe to repeat.",
  permission: "hold:create",
  params: holdParams,
  response: holdSchema,
});
