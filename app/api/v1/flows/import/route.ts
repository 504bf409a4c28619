import { apiRoute } from "@/lib/api/route";
import { importFlowEndpoint } from "@/lib/domain/flows/endpoints";
import { importFlow } from "@/lib/domain/flows/import-flow";

export const POST = apiRoute(importFlowEndpoint, async ({ actor, db, body }) => Response.json(await importFlow(db, actor, body), { status: 201 }));
