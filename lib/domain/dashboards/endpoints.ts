import { defineEndpoint } from "@/lib/api/endpoint";
import { adoptionResponse, associatesResponse, dashboardQuerySchema, demandResponse, flowsResponse, outcomesResponse } from "./schemas";

const common = {
  method: "GET" as const,
  tag: "Dashboards",
  query: dashboardQuerySchema,
  description: "Admins choose a store, a region or the whole chain; managers see their store; associates only their own figures. format=csv returns text/csv.",
};

export const adoptionEndpoint = defineEndpoint({ ...common, path: "/api/v1/dashboards/adoption", summary: "Active associates and devices per day, sessions, idle tablets.", permission: "dashboard:own", response: adoptionResponse });
export const outcomesEndpoint = defineEndpoint({ ...common, path: "/api/v1/dashboards/outcomes", summary: "Lookup funnel, orders, holds, customers captured, consents and suggestions.", permission: "dashboard:own", response: outcomesResponse });
export const demandEndpoint = defineEndpoint({ ...common, path: "/api/v1/dashboards/demand", summary: "Lost sales by style, size and reason.", permission: "dashboard:own", response: demandResponse });
export const flowsEndpoint = defineEndpoint({ ...common, path: "/api/v1/dashboards/flows", summary: "Conversation flows started, finished, abandoned, and steps completed or skipped.", permission: "dashboard:own", response: flowsResponse });
export const associatesEndpoint = defineEndpoint({ ...common, path: "/api/v1/dashboards/associates", summary: "Each associate's figures with coaching hints against the store.", permission: "dashboard:store", response: associatesResponse });
