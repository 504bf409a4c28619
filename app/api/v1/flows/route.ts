import { apiRoute } from "@/lib/api/route";
import { listFlowsEndpoint } from "@/lib/domain/flows/endpoints";
import { listFlows } from "@/lib/domain/flows/list-flows";

export const GET = apiRoute(listFlowsEndpoint, async ({ actor, db }) => ({ flows: await listFlows(db, actor) }));
