import "server-only";
import { inArray } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { consentRecords } from "@/lib/db/schema";
import { deriveConsentState, type ConsentStatus } from "./rules";

/** Current consent per purpose for a customer (pass the ids merged into them too: their records count). */
export async function listConsentState(db: DbOrTx, customerIds: string[]): Promise<ConsentStatus[]> {
  if (customerIds.length === 0) return deriveConsentState([]);
  const records = await db
    .select({
      id: consentRecords.id,
      purpose: consentRecords.purpose,
      decision: consentRecords.decision,
      textId: consentRecords.textId,
      textVersion: consentRecords.textVersion,
      channel: consentRecords.channel,
      at: consentRecords.at,
    })
    .from(consentRecords)
    .where(inArray(consentRecords.customerId, customerIds));
  return deriveConsentState(records);
}
