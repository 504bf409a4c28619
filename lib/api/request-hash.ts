import { createHash } from "node:crypto";
import { AppError, errors } from "@/lib/errors";

/**
 * JSON with object keys sorted at every level, so `{a,b}` and `{b,a}` hash alike; undefined members are
 * dropped as JSON.stringify drops them.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  if (value instanceof Date) return JSON.stringify(value);
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** SHA-256 (hex) of the canonical JSON of a request body: what "the same request" means for idempotency. */
export function requestHash(body: unknown): string {
  return createHash("sha256").update(canonicalJson(body)).digest("hex");
}

const KEY = /^[\x21-\x7e]{8,128}$/;

/** Checks a client-generated Idempotency-Key: 8 to 128 visible ASCII characters (a UUID fits). */
export function checkIdempotencyKey(raw: string | null | undefined): string {
  const key = raw?.trim();
  if (!key) {
    throw new AppError(
      "idempotency_key_required",
      "An Idempotency-Key header is required: generate one when the order is started and resend it on retries.",
      400,
    );
  }
  if (!KEY.test(key)) throw errors.badRequest("The Idempotency-Key must be 8 to 128 visible ASCII characters, e.g. a UUID.", { "Idempotency-Key": "Use a UUID." });
  return key;
}
