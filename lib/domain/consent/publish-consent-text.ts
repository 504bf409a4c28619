import "server-only";
import { createHash } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { consentTexts } from "@/lib/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { actorUserId } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { errors } from "@/lib/errors";
import { parseInput } from "@/lib/domain/catalog/parse-input";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { toConsentTextDto } from "./current-consent-texts";
import { publishConsentTextSchema, type PublishConsentTextInput, type PublishConsentTextResult } from "./schemas";

/** The fingerprint kept on every consent record: proof of the exact words, even if the text table were tampered with. */
export function consentTextHash(body: string): string {
  return createHash("sha256").update(body, "utf8").digest("hex");
}

/**
 * Publishes new wording for a purpose and locale as the next version; old versions are never edited, since
 * existing consent records point at them. Publishing the same words again is a no-op that returns the current text.
 */
export async function publishConsentText(db: DbOrTx, actor: Actor, input: PublishConsentTextInput): Promise<PublishConsentTextResult> {
  if (!can(actor.role, "consent:texts:manage")) throw errors.forbidden("Only head office can change consent texts.");
  const data = parseInput(publishConsentTextSchema, input);
  const textHash = consentTextHash(data.body);
  return db.transaction(async (tx) => {
    // Two admins publishing at once would otherwise both take the same next version number.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`consent_text:${data.purpose}:${data.locale}`}))`);
    const [latest] = await tx
      .select()
      .from(consentTexts)
      .where(and(eq(consentTexts.purpose, data.purpose), eq(consentTexts.locale, data.locale)))
      .orderBy(desc(consentTexts.version))
      .limit(1);
    if (latest && latest.textHash === textHash) return { created: false, text: toConsentTextDto(latest) };
    const [row] = await tx
      .insert(consentTexts)
      .values({ purpose: data.purpose, locale: data.locale, version: (latest?.version ?? 0) + 1, body: data.body, textHash, createdBy: actorUserId(actor) })
      .returning();
    if (!row) throw new Error("consent text insert returned no row");
    await writeAudit(tx, actor, {
      action: "consent_text.publish",
      entity: "consent_text",
      entityId: row.id,
      detail: { purpose: row.purpose, locale: row.locale, version: row.version, textHash },
    });
    return { created: true, text: toConsentTextDto(row) };
  });
}
