import { defineEndpoint } from "@/lib/api/endpoint";
import { flowDetailSchema, flowExportSchema, flowIdSchema, flowListResponseSchema } from "./schemas";

export const listFlowsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/flows",
  tag: "Flows",
  summary: "Published conversation flows for the caller's store; every flow for editors.",
  permission: "flow:read",
  response: flowListResponseSchema,
});

export const getFlowEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/flows/{flowId}",
  tag: "Flows",
  summary: "A flow's current published version; editors also get the draft and what stops it publishing.",
  permission: "flow:read",
  params: flowIdSchema,
  response: flowDetailSchema,
});

export const exportFlowEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/flows/{flowId}/export",
  tag: "Flows",
  summary: "A flow's draft as a portable JSON document.",
  permission: "flow:import",
  params: flowIdSchema,
  response: flowExportSchema,
});

export const importFlowEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/flows/import",
  tag: "Flows",
  summary: "Import a flow document as a draft (a new flow, or the new draft of the flow with that slug). Publishing is separate.",
  permission: "flow:import",
  body: flowExportSchema,
  response: flowDetailSchema,
  maxBodyBytes: 200_000,
});
