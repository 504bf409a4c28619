import { apiRoute } from "@/lib/api/route";
import { dashboardScope } from "@/lib/domain/dashboards/dashboard-scope";
import { outcomesEndpoint } from "@/lib/domain/dashboards/endpoints";
import { outcomes } from "@/lib/domain/dashboards/outcomes";
import { csvRows, dashboardResponse } from "@/lib/domain/dashboards/respond";

export const GET = apiRoute(outcomesEndpoint, async ({ actor, db, query }) =>
  dashboardResponse(query.format, "outcomes", await outcomes(db, dashboardScope(actor, query)), csvRows.outcomes),
);
