import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";

export const storeSummarySchema = z.object({ id: z.number().int(), code: z.string(), name: z.string(), city: z.string(), region: z.string() });
export const storeIdParams = z.object({ storeId: z.coerce.number().int().positive("A store id is a positive number.") });

export const listStoresEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/stores",
  tag: "Stores",
  summary: "Every active store of the chain.",
  permission: "catalog:read",
  response: z.object({ stores: z.array(storeSummarySchema) }),
});

export const storeStaffEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/stores/{storeId}/staff",
  tag: "Stores",
  summary: "Staff of a store (managers: their own store; admins: any).",
  permission: "manage:access",
  params: storeIdParams,
  response: z.object({
    staff: z.array(
      z.object({ id: z.string(), name: z.string(), role: z.string(), staffNumber: z.string().nullable(), disabled: z.boolean() }),
    ),
  }),
});
