import "server-only";
import { gzipSync } from "node:zlib";

/** JSON text as a response, gzipped when the client accepts it (route handler responses are not compressed for us). */
export function compactJsonResponse(req: Request, json: string): Response {
  const headers = new Headers({ "content-type": "application/json; charset=utf-8", "cache-control": "private, no-store", vary: "accept-encoding" });
  if (!/\bgzip\b/.test(req.headers.get("accept-encoding") ?? "")) return new Response(json, { headers });
  headers.set("content-encoding", "gzip");
  return new Response(gzipSync(json, { level: 6 }), { headers });
}
