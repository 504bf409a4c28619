import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENDPOINTS } from "./registry";
import { buildOpenApi } from "./openapi";

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? routeFiles(full) : name === "route.ts" ? [full] : [];
  });
}

/** app/api/v1/stores/[storeId]/staff/route.ts -> /api/v1/stores/{storeId}/staff */
function apiPath(file: string): string {
  const rel = path.relative(path.resolve("app"), path.dirname(file));
  return "/" + rel.split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, "{$1}")).join("/");
}

describe("OpenAPI document", () => {
  const doc = buildOpenApi(ENDPOINTS, "test");

  it("is OpenAPI 3.1 and describes every endpoint with its permission and error shape", () => {
    expect(doc.openapi).toBe("3.1.0");
    for (const e of ENDPOINTS) {
      const op = doc.paths[e.path]?.[e.method.toLowerCase()] as { "x-permission": string; responses: Record<string, unknown> };
      expect(op, `${e.method} ${e.path}`).toBeDefined();
      expect(op["x-permission"]).toBe(e.permission);
      expect(op.responses["422"]).toBeDefined();
    }
  });

  it("lists every route handler under /api/v1 and every method it exports", () => {
    for (const file of routeFiles(path.resolve("app/api/v1"))) {
      const p = apiPath(file);
      if (p === "/api/v1/openapi.json") continue;
      const methods = [...readFileSync(file, "utf8").matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!.toLowerCase());
      expect(methods.length, file).toBeGreaterThan(0);
      for (const m of methods) expect(doc.paths[p]?.[m], `${m.toUpperCase()} ${p} from ${file}`).toBeDefined();
    }
  });
});
