import "server-only";
import { sql } from "drizzle-orm";
import { customers, stores } from "@/lib/db/schema";
import { maskEmail, maskPhone } from "./rules";
import type { CustomerHit } from "./schemas";

/** Columns behind a CustomerHit; select them from customers LEFT JOIN stores ON the home store. */
export const hitColumns = {
  id: customers.id,
  firstName: customers.firstName,
  lastName: customers.lastName,
  phoneE164: customers.phoneE164,
  emailNorm: customers.emailNorm,
  homeStoreCode: stores.code,
  // Uses sales_customer_idx (customer_id, at): one index probe per hit.
  lastVisit: sql<string | Date | null>`(SELECT max(s.at) FROM sales s WHERE s.customer_id = ${customers.id})`,
};

export type HitRow = { id: string; firstName: string; lastName: string; phoneE164: string | null; emailNorm: string | null; homeStoreCode: string | null; lastVisit: string | Date | null };

export function isoOrNull(v: string | Date | null | undefined): string | null {
  if (v == null) return null;
  return (v instanceof Date ? v : new Date(v)).toISOString();
}

/** A find or duplicate hit: who it is and masked contact, never the details themselves. */
export function toHit(r: HitRow): CustomerHit {
  return {
    id: r.id,
    firstName: r.firstName,
    lastName: r.lastName,
    phoneMasked: maskPhone(r.phoneE164),
    emailMasked: maskEmail(r.emailNorm),
    homeStoreCode: r.homeStoreCode,
    lastVisit: isoOrNull(r.lastVisit),
  };
}
