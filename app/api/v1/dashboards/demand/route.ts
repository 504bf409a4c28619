import { apiRoute } from "@/lib/api/route";
import { dashboardScope } from "@/lib/domain/dashboards/dashboard-scope";
import { demandEndpoint } from "@/lib/domain/dashboards/endpoints";
import { demand } from "@/lib/domain/dashboards/demand";
import { csvRows, dashboardResponse } from "@/lib/domain/dashboards/respond";

export const GET = apiRoute(demandEndpoint, async ({ actor, db, query }) =>
  dashboardResponse(query.format, "demand", await demand(db, dashboardScope(actor, query)), csvRows.demand),
);
