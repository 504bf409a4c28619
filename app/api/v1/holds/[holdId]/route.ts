import { apiRoute } from "@/lib/api/route";
import { getHoldEndpoint } from "@/lib/domain/holds/endpoints";
import { getHold } from "@/lib/domain/holds/get-hold";

export const GET = apiRoute(getHoldEndpoint, async ({ actor, db, params }) => getHold(db, actor, params.holdId!));
