import { describe, expect, it } from "vitest";
import { buildOpenApi } from "@/lib/api/openapi";
import { ENDPOINTS } from "@/lib/api/registry";

type Op = { "x-permission": string; requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> }; responses: Record<string, { content?: Record<string, { schema: { properties?: Record<string, unknown> } }> }> };

describe("flows in the OpenAPI document", () => {
  const paths = buildOpenApi(ENDPOINTS, "test").paths as Record<string, Record<string, Op>>;

  it("lists and gets flows for anyone who may read them", () => {
    expect(paths["/api/v1/flows"]?.get?.["x-permission"]).toBe("flow:read");
    const get = paths["/api/v1/flows/{flowId}"]?.get;
    expect(get?.["x-permission"]).toBe("flow:read");
    expect(Object.keys(get?.responses["200"]?.content?.["application/json"]?.schema.properties ?? {})).toEqual(expect.arrayContaining(["published", "draft", "problems", "currentVersion"]));
  });

  it("exports and imports the flow document for admins only", () => {
    const exp = paths["/api/v1/flows/{flowId}/export"]?.get;
    const imp = paths["/api/v1/flows/import"]?.post;
    expect(exp?.["x-permission"]).toBe("flow:import");
    expect(imp?.["x-permission"]).toBe("flow:import");
    expect(Object.keys(imp?.requestBody?.content["application/json"]?.schema.properties ?? {})).toEqual(["slug", "name", "document"]);
  });
});
