import { ZodError } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors";

/** Zod issues as `{ "field.path": "message" }`, the shape forms and API clients both read. */
export function zodFields(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    fields[key] ??= issue.message;
  }
  return fields;
}

type PgLikeError = { code?: string; constraint?: string; cause?: unknown };

export function pgCode(e: unknown): PgLikeError | null {
  let cur: unknown = e;
  for (let i = 0; i < 4 && cur && typeof cur === "object"; i++) {
    const c = cur as PgLikeError;
    if (typeof c.code === "string" && /^[0-9A-Z]{5}$/.test(c.code)) return c;
    cur = c.cause;
  }
  return null;
}

/** A lock wait that hit lock_timeout, a deadlock victim or a serialization failure: running it again may succeed. */
export function isTransientDbError(e: unknown): boolean {
  const code = pgCode(e)?.code;
  return code === "55P03" || code === "40P01" || code === "40001";
}

/** Maps any thrown value to our one error shape. Unknown errors become a calm 500 without internals. */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  if (e instanceof ZodError) return new AppError("validation_failed", "Some fields need attention.", 422, zodFields(e));
  const pg = pgCode(e);
  if (pg?.code === "23514" && pg.constraint?.startsWith("stock_")) return new AppError("out_of_stock", "Not enough stock.", 409);
  if (isTransientDbError(pg)) {
    return new AppError("conflict", "Someone else is changing the same stock; please try again.", 409);
  }
  if (pg?.code === "23505") return new AppError("conflict", "That already exists.", 409);
  return new AppError("unavailable" as const, "Something went wrong on our side. Please try again.", 500);
}

export function errorResponse(err: AppError, requestId?: string): Response {
  const headers: Record<string, string> = { "content-type": "application/json", ...(err.headers ?? {}) };
  if (requestId) headers["x-request-id"] = requestId;
  return new Response(JSON.stringify(err.toJSON()), { status: err.status, headers });
}
