import { apiRoute } from "@/lib/api/route";
import { ingestUsageEndpoint } from "@/lib/domain/usage/endpoints";
import { ingestUsage } from "@/lib/domain/usage/ingest-usage";

export const POST = apiRoute(ingestUsageEndpoint, async ({ actor, db, body }) => ingestUsage(db, actor, body));
