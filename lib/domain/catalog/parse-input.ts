import type { z, ZodType } from "zod";
import { zodFields } from "@/lib/api/error-response";
import { errors } from "@/lib/errors";

/**
 * Domain functions validate their own input too (pages call them without a wrapper): a bad value is a 422
 * whose message is the first problem, in words the associate can act on, never a 500.
 */
export function parseInput<S extends ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const fields = zodFields(r.error);
  throw errors.validation(r.error.issues[0]?.message ?? "Some fields need attention.", fields);
}
