import type { ZodType } from "zod";
import type { Permission } from "@/lib/auth/permissions";

/** One API operation: the route handler and the OpenAPI document are both built from this. */
export type Endpoint<Q extends ZodType | undefined = ZodType | undefined, B extends ZodType | undefined = ZodType | undefined> = {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** OpenAPI path, with {param} placeholders. */
  path: string;
  summary: string;
  tag: string;
  permission: Permission;
  query?: Q;
  params?: ZodType;
  body?: B;
  response?: ZodType;
  /** Requires an Idempotency-Key header (orders, holds, cancels). */
  idempotent?: boolean;
  /** Largest accepted request body in bytes. */
  maxBodyBytes?: number;
  description?: string;
};

export function defineEndpoint<Q extends ZodType | undefined, B extends ZodType | undefined>(e: Endpoint<Q, B>): Endpoint<Q, B> {
  return e;
}
