import { apiRoute } from "@/lib/api/route";
import { dashboardScope } from "@/lib/domain/dashboards/dashboard-scope";
import { associatesEndpoint } from "@/lib/domain/dashboards/endpoints";
import { associates } from "@/lib/domain/dashboards/associates";
import { csvRows, dashboardResponse } from "@/lib/domain/dashboards/respond";

export const GET = apiRoute(associatesEndpoint, async ({ actor, db, query }) =>
  dashboardResponse(query.format, "associates", await associates(db, dashboardScope(actor, query)), csvRows.associates),
);
