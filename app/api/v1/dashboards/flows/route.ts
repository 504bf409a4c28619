import { apiRoute } from "@/lib/api/route";
import { dashboardScope } from "@/lib/domain/dashboards/dashboard-scope";
import { flowsEndpoint } from "@/lib/domain/dashboards/endpoints";
import { flows } from "@/lib/domain/dashboards/flows";
import { csvRows, dashboardResponse } from "@/lib/domain/dashboards/respond";

export const GET = apiRoute(flowsEndpoint, async ({ actor, db, query }) =>
  dashboardResponse(query.format, "flows", await flows(db, dashboardScope(actor, query)), csvRows.flows),
);
