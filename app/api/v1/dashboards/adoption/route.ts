import { apiRoute } from "@/lib/api/route";
import { dashboardScope } from "@/lib/domain/dashboards/dashboard-scope";
import { adoptionEndpoint } from "@/lib/domain/dashboards/endpoints";
import { adoption } from "@/lib/domain/dashboards/adoption";
import { csvRows, dashboardResponse } from "@/lib/domain/dashboards/respond";

export const GET = apiRoute(adoptionEndpoint, async ({ actor, db, query }) =>
  dashboardResponse(query.format, "adoption", await adoption(db, dashboardScope(actor, query), query.idleDays), csvRows.adoption),
);
