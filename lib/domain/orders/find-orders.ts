import "server-only";
import { eq, inArray, or, type SQL } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { customers, orders } from "@/lib/db/schema";
import { normaliseEmail, normalisePhone } from "@/lib/domain/customers/normalise-contact";
import { orderSummaries } from "./order-summaries";
import { normaliseOrderNumber } from "./rules";
import type { FindOrdersQuery, OrderSummary } from "./schemas";

const MAX_RESULTS = 20;

/**
 * After-sales lookup by exact order number, customer phone or email, chain-wide: a customer may walk into
 * any store with their order. Only exact matches, so nobody can browse other stores' orders this way.
 */
export async function findOrders(db: Db, _actor: Actor, query: FindOrdersQuery): Promise<OrderSummary[]> {
  const conditions: SQL[] = [];
  const number = query.number ? normaliseOrderNumber(query.number) : null;
  if (number) conditions.push(eq(orders.number, number));
  const phone = query.phone ? normalisePhone(query.phone) : null;
  const email = query.email ? normaliseEmail(query.email) : null;
  const contact: SQL[] = [];
  if (phone) contact.push(eq(customers.phoneE164, phone));
  if (email) contact.push(eq(customers.emailNorm, email));
  if (contact.length) conditions.push(inArray(orders.customerId, db.select({ id: customers.id }).from(customers).where(or(...contact))));
  if (conditions.length === 0) return [];
  return orderSummaries(db, or(...conditions)!, MAX_RESULTS);
}
