import { apiRoute } from "@/lib/api/route";
import { releaseHoldEndpoint } from "@/lib/domain/holds/endpoints";
import { releaseHold } from "@/lib/domain/holds/release-hold";

export const POST = apiRoute(releaseHoldEndpoint, async ({ actor, db, params }) => releaseHold(db, actor, params.holdId!));
