import { apiRoute } from "@/lib/api/route";
import { getFlowEndpoint } from "@/lib/domain/flows/endpoints";
import { getFlow } from "@/lib/domain/flows/get-flow";

export const GET = apiRoute(getFlowEndpoint, async ({ actor, db, params }) => getFlow(db, actor, params.flowId!));
