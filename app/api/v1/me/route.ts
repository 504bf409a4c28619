import { apiRoute } from "@/lib/api/route";
import { meEndpoint } from "@/lib/domain/me/endpoints";

export const GET = apiRoute(meEndpoint, async ({ actor }) => ({
  kind: actor.kind,
  name: actor.name,
  role: actor.role,
  storeId: actor.storeId,
  deviceId: actor.deviceId,
}));
