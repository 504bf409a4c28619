import "server-only";
import { randomUUID } from "node:crypto";
import { z, type ZodType } from "zod";
import type { Logger } from "pino";
import { getDb, type Db } from "@/lib/db/client";
import { getActor } from "@/lib/auth/session";
import { loadTokenActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { AppError, errors } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import type { Endpoint } from "./endpoint";
import { errorResponse, toAppError } from "./error-response";

type Infer<T> = [Exclude<T, undefined>] extends [never] ? undefined : Exclude<T, undefined> extends ZodType ? z.infer<Exclude<T, undefined>> : undefined;

export type RouteContext<E extends Endpoint> = {
  actor: Actor;
  db: Db;
  req: Request;
  query: Infer<E["query"]>;
  body: Infer<E["body"]>;
  params: Record<string, string>;
  requestId: string;
  log: Logger;
};

const DEFAULT_MAX_BODY = 1_000_000;

async function actorFor(req: Request, db: Db): Promise<Actor | null> {
  const auth = req.headers.get("authorization");
  if (auth) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth);
    if (!m) throw errors.badRequest("The Authorization header must be 'Bearer <token>'.");
    return loadTokenActor(db, m[1]!);
  }
  return getActor();
}

async function readJson(req: Request, maxBytes: number): Promise<unknown> {
  let text: string;
  try {
    text = await req.text();
  } catch {
    // The client went away mid-upload (a tablet leaving Wi-Fi): nothing to answer, nothing broken.
    throw errors.badRequest("The request body could not be read.");
  }
  if (text.length > maxBytes) throw new AppError("payload_too_large", `The request body is larger than ${maxBytes} bytes.`, 413);
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw errors.badRequest("The request body is not valid JSON.");
  }
}

function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    out[key] = all.length > 1 ? all : all[0]!;
  }
  return out;
}

/**
 * The one wrapper every route handler uses: request id, caller (token or session), permission,
 * input parsed with the endpoint's zod schemas, and every failure mapped to `{ error: { code, message, fields } }`.
 */
export function apiRoute<E extends Endpoint>(endpoint: E, handler: (ctx: RouteContext<E>) => Promise<unknown>) {
  return async (req: Request, ctx: { params: Promise<Record<string, string>> }): Promise<Response> => {
    const requestId = req.headers.get("x-request-id") ?? randomUUID();
    const log = logger().child({ requestId, route: `${endpoint.method} ${endpoint.path}` });
    const started = performance.now();
    try {
      const db = await getDb();
      const actor = await actorFor(req, db);
      if (!actor) throw errors.unauthenticated();
      if (!can(actor.role, endpoint.permission)) throw errors.forbidden();
      const rawParams = (await ctx?.params) ?? {};
      const params = endpoint.params ? (endpoint.params.parse(rawParams) as Record<string, string>) : rawParams;
      const query = endpoint.query ? endpoint.query.parse(queryObject(new URL(req.url))) : undefined;
      const rawBody = endpoint.body ? await readJson(req, endpoint.maxBodyBytes ?? DEFAULT_MAX_BODY) : undefined;
      if (endpoint.body && rawBody === undefined) throw errors.badRequest("A JSON request body is required.");
      const body = endpoint.body ? endpoint.body.parse(rawBody) : undefined;
      const result = await handler({ actor, db, req, query, body, params, requestId, log } as RouteContext<E>);
      const res = result instanceof Response ? result : Response.json(result ?? { ok: true });
      res.headers.set("x-request-id", requestId);
      log.debug({ ms: Math.round(performance.now() - started), status: res.status }, "api");
      return res;
    } catch (e) {
      const err = toAppError(e);
      if (err.status >= 500) log.error({ err: e }, "api request failed");
      else log.info({ code: err.code, status: err.status }, "api request refused");
      return errorResponse(err, requestId);
    }
  };
}
