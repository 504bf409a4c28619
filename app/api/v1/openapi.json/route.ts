import { ENDPOINTS } from "@/lib/api/registry";
import { buildOpenApi } from "@/lib/api/openapi";
import pkg from "@/package.json";

/** Public: the API's description is not a secret, and integrators read it before they hold a token. */
export function GET() {
  return Response.json(buildOpenApi(ENDPOINTS, pkg.version));
}
