import "server-only";
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { customers, stores } from "@/lib/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { actorUserId } from "@/lib/auth/actor";
import { workingStoreId } from "@/lib/auth/scope";
import { AppError, errors } from "@/lib/errors";
import { parseInput } from "@/lib/domain/catalog/parse-input";
import { recordConsent } from "@/lib/domain/consent/record-consent";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { recordUsage, usageWho } from "@/lib/domain/usage/record-usage";
import { hitColumns, toHit } from "./customer-hit";
import { findCustomerByContact } from "./find-or-create-customer";
import { findLikelyDuplicates } from "./find-likely-duplicates";
import { nameSearchKey, normaliseEmail, normalisePhone } from "./normalise-contact";
import { captureCustomerSchema, type CaptureCustomerInput, type CaptureCustomerResult, type CustomerHit } from "./schemas";

async function hitById(tx: DbOrTx, id: string): Promise<CustomerHit> {
  const [row] = await tx.select(hitColumns).from(customers).leftJoin(stores, eq(stores.id, customers.homeStoreId)).where(eq(customers.id, id)).limit(1);
  if (!row) throw errors.notFound("That customer");
  return toHit(row);
}

/**
 * Quick capture of a customer at the working store.
 * 1. A clientId already saved is a replay (an offline tablet resending): that customer comes back, nothing new is written.
 * 2. A phone or email belongs to one live customer: if one has it (e.g. captured meanwhile on another tablet),
 *    that customer comes back with status "existing" even when confirmNotDuplicate is set, and nothing is created.
 * 3. Unless confirmNotDuplicate, likely duplicates (close name + partial contact) are returned for the associate to pick.
 * 4. Otherwise the customer is created with id = clientId, with the consents given at capture, in one transaction.
 */
export async function captureCustomer(db: DbOrTx, actor: Actor, input: CaptureCustomerInput): Promise<CaptureCustomerResult> {
  const data = parseInput(captureCustomerSchema, input);
  const storeId = workingStoreId(actor, data.storeId ?? null);
  if (storeId == null) throw errors.validation("Choose the store this customer belongs to.", { storeId: "Choose a store." });
  const phone = data.phone ? normalisePhone(data.phone) : null;
  const email = data.email ? normaliseEmail(data.email) : null;
  const lastName = data.lastName ?? "";

  const result = await db.transaction(async (tx): Promise<CaptureCustomerResult> => {
    // The same lock keys as findOrCreateCustomer (orders, holds): two tablets capturing one person queue up here.
    for (const key of [phone && `phone:${phone}`, email && `email:${email}`].filter((k): k is string => !!k).sort()) {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`customer:${key}`}))`);
    }
    const [already] = await tx.select({ id: customers.id, mergedInto: customers.mergedInto, erasedAt: customers.erasedAt }).from(customers).where(eq(customers.id, data.clientId)).limit(1);
    if (already) {
      if (already.erasedAt) throw new AppError("conflict", "This customer's data was erased; capture them again as a new customer.", 409);
      return { status: "existing", reason: "replay", customer: await hitById(tx, already.mergedInto ?? already.id), message: "This customer was already saved." };
    }
    if (data.confirmNotDuplicate) {
      const same = await findCustomerByContact(tx, { phone, email });
      if (same) {
        const how = phone && same.phoneE164 === phone ? "phone number" : "email address";
        return { status: "existing", reason: "same_contact", customer: await hitById(tx, same.id), message: `A customer with this ${how} already exists; their profile was opened instead.` };
      }
    } else {
      const duplicates = await findLikelyDuplicates(tx, { firstName: data.firstName, lastName, phone, email });
      if (duplicates.length > 0) return { status: "duplicates", duplicates };
    }
    const inserted = await tx
      .insert(customers)
      .values({
        id: data.clientId,
        firstName: data.firstName,
        lastName,
        phoneE164: phone,
        emailNorm: email,
        nameSearch: nameSearchKey(data.firstName, lastName),
        homeStoreId: storeId,
        sizes: data.sizes ?? {},
        preferences: data.preferences ?? {},
        importantDates: data.importantDates ?? [],
        birthday: data.birthday ?? null,
        createdBy: actorUserId(actor),
      })
      // A concurrent replay of the same clientId with different contact details got here first: theirs stands.
      .onConflictDoNothing({ target: customers.id })
      .returning({ id: customers.id });
    if (inserted.length === 0) return { status: "existing", reason: "replay", customer: await hitById(tx, data.clientId), message: "This customer was already saved." };
    for (const consent of data.consents ?? []) {
      await recordConsent(tx, actor, { customerId: data.clientId, purpose: consent.purpose, decision: "granted", textId: consent.textId, channel: data.consentChannel }, { storeId });
    }
    await writeAudit(tx, actor, { action: "customer.create", entity: "customer", entityId: data.clientId, storeId, screen: "capture" });
    return { status: "created", customer: await hitById(tx, data.clientId), consentsRecorded: data.consents?.length ?? 0 };
  });

  if (result.status !== "duplicates") {
    // Outside the transaction: a replay must not be refused because its usage event was already stored.
    await recordUsage(db, { ...usageWho(actor), storeId }, "customer_captured", {
      status: result.status,
      ...(result.status === "existing" ? { reason: result.reason } : { consents: result.consentsRecorded }),
      withPhone: phone !== null,
      withEmail: email !== null,
    }, { clientId: `customer_captured:${data.clientId}` });
  }
  return result;
}
