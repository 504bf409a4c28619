import { z, type ZodType } from "zod";
import type { Endpoint } from "./endpoint";

type JsonSchema = Record<string, unknown>;

const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});

function schemaOf(s: ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(s, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

function parametersOf(s: ZodType | undefined, location: "query" | "path") {
  if (!s) return [];
  const json = schemaOf(s, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, schema]) => ({
    name,
    in: location,
    required: location === "path" || (json.required ?? []).includes(name),
    schema,
  }));
}

const ERROR_RESPONSES: Record<string, string> = {
  "400": "Malformed request",
  "401": "Not signed in, or the token is unknown or revoked",
  "403": "The caller's role or store does not allow this",
  "422": "Validation failed; `fields` names each problem",
  "429": "Too many requests",
};

/** The OpenAPI 3.1 document, generated from the same zod schemas the handlers validate with. */
export function buildOpenApi(endpoints: Endpoint[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  const errorRef = { content: { "application/json": { schema: schemaOf(errorSchema, "output") } } };
  for (const e of endpoints) {
    const parameters = [...parametersOf(e.params, "path"), ...parametersOf(e.query, "query")];
    if (e.idempotent) {
      parameters.push({ name: "Idempotency-Key", in: "header" as "query", required: true, schema: { type: "string", minLength: 8, maxLength: 128 } });
    }
    const responses: Record<string, unknown> = {
      "200": { description: "OK", ...(e.response ? { content: { "application/json": { schema: schemaOf(e.response, "output") } } } : {}) },
    };
    for (const [code, description] of Object.entries(ERROR_RESPONSES)) responses[code] = { description, ...errorRef };
    if (e.idempotent) responses["409"] = { description: "Conflict, or the same Idempotency-Key is still being processed", ...errorRef };
    paths[e.path] ??= {};
    paths[e.path]![e.method.toLowerCase()] = {
      summary: e.summary,
      ...(e.description ? { description: e.description } : {}),
      tags: [e.tag],
      "x-permission": e.permission,
      parameters,
      ...(e.body ? { requestBody: { required: true, content: { "application/json": { schema: schemaOf(e.body, "input") } } } } : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Floorwalker API",
      version,
      description: "Stock, orders, customers, flows and usage for the retailer's systems. Authenticate with `Authorization: Bearer <token>` (an integration token created by an admin) or a signed-in session cookie. Errors are `{ error: { code, message, fields? } }`.",
    },
    servers: [{ url: "/" }],
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" }, session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" } } },
    security: [{ bearer: [] }, { session: [] }],
    paths,
  };
}
