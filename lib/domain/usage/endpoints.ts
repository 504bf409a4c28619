import { defineEndpoint } from "@/lib/api/endpoint";
import { usageBatchResponse, usageBatchSchema } from "./schemas";

export const ingestUsageEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/usage/events",
  tag: "Usage",
  summary: "Record a batch of usage events (up to 500); replays of the same event id are ignored.",
  permission: "usage:record",
  body: usageBatchSchema,
  response: usageBatchResponse,
  maxBodyBytes: 2_000_000,
});
