import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { consentRecords, consentTexts } from "@/lib/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { actorUserId } from "@/lib/auth/actor";
import { workingStoreId } from "@/lib/auth/scope";
import { errors } from "@/lib/errors";
import { parseInput } from "@/lib/domain/catalog/parse-input";
import { customerIdsWithMerged, loadLiveCustomer } from "@/lib/domain/customers/load-customer";
import { recordUsage, usageWho } from "@/lib/domain/usage/record-usage";
import { currentConsentTexts } from "./current-consent-texts";
import { listConsentState } from "./list-consent-state";
import type { ConsentStatus } from "./rules";
import { recordConsentSchema, type RecordConsentInput } from "./schemas";

/**
 * Appends one consent decision (a grant or a withdrawal; records are never edited) with the exact text version and
 * hash, the time, the store, the tablet and the associate, and returns the customer's consent state afterwards.
 */
export async function recordConsent(
  db: DbOrTx,
  actor: Actor,
  input: RecordConsentInput,
  /** The store it happened in, when the caller already settled it (capture by an admin at a desk). */
  opts: { storeId?: number | null } = {},
): Promise<ConsentStatus[]> {
  const data = parseInput(recordConsentSchema, input);
  const storeId = opts.storeId !== undefined ? opts.storeId : workingStoreId(actor);
  return db.transaction(async (tx) => {
    const customer = await loadLiveCustomer(tx, data.customerId);
    const ids = await customerIdsWithMerged(tx, customer.id);
    let textId = data.textId;
    if (textId === undefined) {
      // A withdrawal without a text refers to the words of the grant it withdraws, else to the current words.
      const [last] = await tx
        .select({ textId: consentRecords.textId })
        .from(consentRecords)
        .where(and(inArray(consentRecords.customerId, ids), eq(consentRecords.purpose, data.purpose)))
        .orderBy(desc(consentRecords.at), desc(consentRecords.id))
        .limit(1);
      textId = last?.textId ?? (await currentConsentTexts(tx)).find((t) => t.purpose === data.purpose)?.id;
      if (textId === undefined) throw errors.validation("There is no consent text for that purpose yet.", { textId: "No consent text for this purpose." });
    }
    const [text] = await tx.select().from(consentTexts).where(eq(consentTexts.id, textId)).limit(1);
    if (!text) throw errors.validation("That consent text was not found.", { textId: "Unknown consent text." });
    if (text.purpose !== data.purpose) {
      throw errors.validation("That consent text is for another purpose.", { textId: `This text is for ${text.purpose}, not ${data.purpose}.` });
    }
    await tx.insert(consentRecords).values({
      customerId: customer.id,
      purpose: data.purpose,
      decision: data.decision,
      textId: text.id,
      textVersion: text.version,
      textHash: text.textHash,
      channel: data.channel,
      storeId,
      deviceId: actor.deviceId,
      capturedBy: actorUserId(actor),
    });
    await recordUsage(tx, { ...usageWho(actor), storeId }, "consent_recorded", {
      purpose: data.purpose,
      decision: data.decision,
      channel: data.channel,
      textVersion: text.version,
    });
    return listConsentState(tx, ids);
  });
}
