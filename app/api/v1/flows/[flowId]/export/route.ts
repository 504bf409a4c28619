import { apiRoute } from "@/lib/api/route";
import { exportFlowEndpoint } from "@/lib/domain/flows/endpoints";
import { exportFlow } from "@/lib/domain/flows/export-flow";

export const GET = apiRoute(exportFlowEndpoint, async ({ db, params }) => exportFlow(db, params.flowId!));
