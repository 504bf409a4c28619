import "server-only";

/**
 * JSON text as a response. Not gzipped here: `next start` compresses responses itself (compress: true), and a
 * body gzipped twice reaches the browser as gzip bytes after one decode.
 */
export function compactJsonResponse(json: string): Response {
  return new Response(json, { headers: { "content-type": "application/json; charset=utf-8", "cache-control": "private, no-store" } });
}
