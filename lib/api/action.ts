import "server-only";
import type { z, ZodType } from "zod";
import { getDb, type Db } from "@/lib/db/client";
import { getActor } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { errors, type FieldErrors } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import { toAppError } from "./error-response";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: string; message: string; fields?: FieldErrors; details?: Record<string, unknown> } };

/**
 * The one wrapper every server action uses: the session and permission are checked here (a layout's
 * check does not cover the actions on its page), input is parsed with the area's zod schema, and
 * failures come back as a value the form can show, never as a thrown 500.
 */
export function action<S extends ZodType, R>(
  permission: Permission,
  schema: S,
  fn: (input: z.infer<S>, ctx: { actor: Actor; db: Db }) => Promise<R>,
): (input: z.input<S>) => Promise<ActionResult<R>> {
  return async (input) => {
    try {
      const actor = await getActor();
      if (!actor) throw errors.unauthenticated();
      if (!can(actor.role, permission)) throw errors.forbidden();
      const parsed = schema.parse(input);
      return { ok: true, data: await fn(parsed, { actor, db: await getDb() }) };
    } catch (e) {
      const err = toAppError(e);
      if (err.status >= 500) logger().error({ err: e, permission }, "server action failed");
      // details carry what a form needs to recover, e.g. the next-best sources of an out-of-stock line.
      return { ok: false, error: { code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}), ...(err.details ? { details: err.details } : {}) } };
    }
  };
}
