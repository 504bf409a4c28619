import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";

export const meResponse = z.object({
  kind: z.enum(["user", "token"]),
  name: z.string(),
  role: z.enum(["associate", "manager", "admin", "integration"]),
  storeId: z.number().int().nullable(),
  deviceId: z.string().nullable(),
});

export const meEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/me",
  tag: "Session",
  summary: "Who the caller is: role, store and tablet.",
  permission: "catalog:read",
  response: meResponse,
});
