import { defineEndpoint } from "@/lib/api/endpoint";
import { lostSaleResponse, lostSaleSchema } from "./schemas";

export const lostSaleEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/lost-sales",
  tag: "Stock",
  summary: "Record a lost sale: what (style, colour, size or variant), why, and optionally for which customer.",
  description: "Recorded for the caller's working store (admins may pass storeId). Also records a lost_sale usage event.",
  permission: "lost_sale:create",
  body: lostSaleSchema,
  response: lostSaleResponse,
});
