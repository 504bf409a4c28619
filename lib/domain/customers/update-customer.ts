import "server-only";
import { and, eq, ne, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { customers } from "@/lib/db/schema";
import type { CustomerPreferences, CustomerSizes } from "@/lib/db/schema/customers";
import type { Actor } from "@/lib/auth/actor";
import { workingStoreId } from "@/lib/auth/scope";
import { AppError, errors } from "@/lib/errors";
import { parseInput } from "@/lib/domain/catalog/parse-input";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { toCustomerDetails } from "./customer-details";
import { liveCustomer, loadLiveCustomer } from "./load-customer";
import { nameSearchKey, normaliseEmail, normalisePhone } from "./normalise-contact";
import { CONTACT_REQUIRED_MESSAGE, updateCustomerSchema, type CustomerDetails, type UpdateCustomerFields } from "./schemas";

/**
 * Changes profile fields. Sizes merge (null clears one), preference lists and dates replace, names recompute the
 * search key, and a new phone or email is normalised and refused (409, with the other customer's id) when another
 * live customer has it: the two should be merged instead. Audited with the names of the fields changed, not values.
 */
export async function updateCustomer(db: DbOrTx, actor: Actor, customerId: string, patch: UpdateCustomerFields): Promise<CustomerDetails> {
  const data = parseInput(updateCustomerSchema, { ...patch, customerId });
  return db.transaction(async (tx) => {
    const current = await loadLiveCustomer(tx, data.customerId, { lock: true });
    const set: Partial<typeof customers.$inferInsert> = {};
    const changed: string[] = [];

    if (data.firstName !== undefined && data.firstName !== current.firstName) set.firstName = data.firstName;
    if (data.lastName !== undefined && data.lastName !== current.lastName) set.lastName = data.lastName;
    if (set.firstName !== undefined || set.lastName !== undefined) {
      set.nameSearch = nameSearchKey(set.firstName ?? current.firstName, set.lastName ?? current.lastName);
      changed.push("name");
    }

    const phone = data.phone === undefined ? current.phoneE164 : data.phone === null ? null : normalisePhone(data.phone);
    const email = data.email === undefined ? current.emailNorm : data.email === null ? null : normaliseEmail(data.email);
    if (!phone && !email) throw errors.validation(CONTACT_REQUIRED_MESSAGE, { phone: CONTACT_REQUIRED_MESSAGE });
    const clash: SQL[] = [];
    if (phone !== current.phoneE164) {
      set.phoneE164 = phone;
      changed.push("phone");
      if (phone) clash.push(eq(customers.phoneE164, phone));
    }
    if (email !== current.emailNorm) {
      set.emailNorm = email;
      changed.push("email");
      if (email) clash.push(eq(customers.emailNorm, email));
    }
    if (clash.length) {
      for (const key of [set.phoneE164 && `phone:${set.phoneE164}`, set.emailNorm && `email:${set.emailNorm}`].filter((k): k is string => !!k).sort()) {
        await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`customer:${key}`}))`);
      }
      const [other] = await tx
        .select({ id: customers.id, phoneE164: customers.phoneE164 })
        .from(customers)
        .where(and(liveCustomer, ne(customers.id, current.id), or(...clash)))
        .limit(1);
      if (other) {
        const field = phone && other.phoneE164 === phone ? "phone" : "email";
        const message = `Another customer already has this ${field === "phone" ? "phone number" : "email address"}; merge the two instead.`;
        throw new AppError("conflict", message, 409, { [field]: message }, undefined, { customerId: other.id });
      }
    }

    if (data.sizes) {
      const sizes: CustomerSizes = { ...current.sizes };
      for (const k of ["shoe", "tops", "bottoms"] as const) {
        const v = data.sizes[k];
        if (v === null) delete sizes[k];
        else if (v !== undefined) sizes[k] = v;
      }
      set.sizes = sizes;
      changed.push("sizes");
    }
    if (data.preferences) {
      const preferences: CustomerPreferences = { ...current.preferences };
      for (const k of ["brands", "colours", "fit", "avoid"] as const) {
        const v = data.preferences[k];
        if (v !== undefined) preferences[k] = v;
      }
      set.preferences = preferences;
      changed.push("preferences");
    }
    if (data.importantDates) {
      set.importantDates = data.importantDates;
      changed.push("importantDates");
    }
    if (data.birthday !== undefined && data.birthday !== current.birthday) {
      set.birthday = data.birthday;
      changed.push("birthday");
    }

    if (changed.length === 0) return toCustomerDetails(tx, current);
    const [row] = await tx
      .update(customers)
      .set({ ...set, updatedAt: sql`now()` })
      .where(eq(customers.id, current.id))
      .returning();
    if (!row) throw new Error("customer update returned no row");
    await writeAudit(tx, actor, { action: "customer.update", entity: "customer", entityId: row.id, storeId: workingStoreId(actor), detail: { fields: changed } });
    return toCustomerDetails(tx, row);
  });
}
