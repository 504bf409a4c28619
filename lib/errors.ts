/** The one error type for expected failures; wrappers map it to `{ error: { code, message, fields } }`. */
export type ErrorCode =
  | "bad_request"
  | "validation_failed"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "out_of_stock"
  | "idempotency_mismatch"
  | "idempotency_in_progress"
  | "idempotency_key_required"
  | "rate_limited"
  | "payload_too_large"
  | "unavailable";

export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status: number,
    readonly fields?: FieldErrors,
    readonly headers?: Record<string, string>,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }

  toJSON() {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.fields ? { fields: this.fields } : {}),
        ...(this.details ? { details: this.details } : {}),
      },
    };
  }
}

export const errors = {
  badRequest: (message: string, fields?: FieldErrors) => new AppError("bad_request", message, 400, fields),
  validation: (message: string, fields?: FieldErrors) => new AppError("validation_failed", message, 422, fields),
  unauthenticated: () => new AppError("unauthenticated", "Please sign in.", 401),
  forbidden: (message = "You do not have permission to do that.") => new AppError("forbidden", message, 403),
  notFound: (what = "That") => new AppError("not_found", `${what} was not found.`, 404),
  conflict: (message: string, details?: Record<string, unknown>) => new AppError("conflict", message, 409, undefined, undefined, details),
  rateLimited: (retryAfterSeconds: number, message: string) =>
    new AppError("rate_limited", message, 429, undefined, { "Retry-After": String(retryAfterSeconds) }),
};

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
