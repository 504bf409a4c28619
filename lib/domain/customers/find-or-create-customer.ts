import "server-only";
import { and, desc, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { customers } from "@/lib/db/schema";
import { AppError, errors } from "@/lib/errors";
import { nameSearchKey, normaliseEmail, normalisePhone } from "./normalise-contact";
import type { CustomerMatch, CustomerRef } from "./schemas";

export type ResolvedCustomer = CustomerMatch & { phoneE164: string | null; emailNorm: string | null };

const columns = {
  id: customers.id,
  firstName: customers.firstName,
  lastName: customers.lastName,
  homeStoreId: customers.homeStoreId,
  phoneE164: customers.phoneE164,
  emailNorm: customers.emailNorm,
};

/** The live customer with this phone or email, chain-wide (a phone match wins over an email match). */
export async function findCustomerByContact(
  db: DbOrTx,
  contact: { phone?: string | null; email?: string | null },
): Promise<ResolvedCustomer | null> {
  const phone = contact.phone ? normalisePhone(contact.phone) : null;
  const email = contact.email ? normaliseEmail(contact.email) : null;
  const matches: SQL[] = [];
  if (phone) matches.push(eq(customers.phoneE164, phone));
  if (email) matches.push(eq(customers.emailNorm, email));
  if (matches.length === 0) return null;
  const phoneFirst = phone ? sql`(${customers.phoneE164} = ${phone}) DESC` : sql`1`;
  const [row] = await db
    .select(columns)
    .from(customers)
    .where(and(or(...matches), isNull(customers.erasedAt), isNull(customers.mergedInto)))
    .orderBy(phoneFirst, desc(customers.updatedAt))
    .limit(1);
  return row ?? null;
}

/** A customer by id, following a merge to the surviving record. */
export async function getCustomerById(db: DbOrTx, id: string): Promise<ResolvedCustomer> {
  for (let hops = 0; hops < 3; hops++) {
    const [row] = await db.select({ ...columns, mergedInto: customers.mergedInto, erasedAt: customers.erasedAt }).from(customers).where(eq(customers.id, id)).limit(1);
    if (!row) throw errors.notFound("That customer");
    if (row.erasedAt) throw new AppError("conflict", "That customer's data was erased; capture them again.", 409);
    if (!row.mergedInto) return { id: row.id, firstName: row.firstName, lastName: row.lastName, homeStoreId: row.homeStoreId, phoneE164: row.phoneE164, emailNorm: row.emailNorm };
    id = row.mergedInto;
  }
  throw errors.notFound("That customer");
}

/**
 * The order's customer: the one named by id, else the one with this phone or email, else a new one whose
 * home store is the working store. Run inside the caller's transaction: the advisory locks make two tablets
 * capturing the same new customer at once end up with one record, not two.
 */
export async function findOrCreateCustomer(
  tx: DbOrTx,
  ref: CustomerRef,
  opts: { homeStoreId: number; createdBy: string | null },
): Promise<ResolvedCustomer & { created: boolean }> {
  if ("id" in ref) return { ...(await getCustomerById(tx, ref.id)), created: false };
  const phone = ref.phone ? normalisePhone(ref.phone) : null;
  const email = ref.email ? normaliseEmail(ref.email) : null;
  if (!phone && !email) throw errors.validation("Give a phone number or an email address.", { phone: "Give a phone number or an email address." });
  // Sorted, so two captures of the same person never wait on each other in opposite orders.
  for (const key of [phone && `phone:${phone}`, email && `email:${email}`].filter((k): k is string => !!k).sort()) {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`customer:${key}`}))`);
  }
  const found = await findCustomerByContact(tx, { phone, email });
  if (found) {
    // Fill in a contact we did not have (e.g. the email the confirmation goes to); never overwrite one.
    const fill: Partial<{ phoneE164: string; emailNorm: string }> = {};
    if (phone && !found.phoneE164) fill.phoneE164 = phone;
    if (email && !found.emailNorm) fill.emailNorm = email;
    if (Object.keys(fill).length) await tx.update(customers).set({ ...fill, updatedAt: sql`now()` }).where(eq(customers.id, found.id));
    return { ...found, ...fill, created: false };
  }
  const lastName = ref.lastName ?? "";
  const [row] = await tx
    .insert(customers)
    .values({
      firstName: ref.firstName,
      lastName,
      phoneE164: phone,
      emailNorm: email,
      nameSearch: nameSearchKey(ref.firstName, lastName),
      homeStoreId: opts.homeStoreId,
      createdBy: opts.createdBy,
    })
    .returning(columns);
  return { ...row!, created: true };
}
