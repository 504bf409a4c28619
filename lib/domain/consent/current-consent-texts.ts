import "server-only";
import { desc, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { consentTexts } from "@/lib/db/schema";
import { parseInput } from "@/lib/domain/catalog/parse-input";
import { consentTextsQuerySchema, type ConsentTextDto } from "./schemas";

export const FALLBACK_LOCALE = "en";

export function toConsentTextDto(row: typeof consentTexts.$inferSelect): ConsentTextDto {
  return { id: row.id, purpose: row.purpose, version: row.version, locale: row.locale, body: row.body, textHash: row.textHash, createdAt: row.createdAt.toISOString() };
}

/**
 * The words to show for each purpose: the latest version in `locale`, or in English where that locale has
 * no text yet (a customer must always be shown some wording before agreeing).
 */
export async function currentConsentTexts(db: DbOrTx, locale: string = FALLBACK_LOCALE): Promise<ConsentTextDto[]> {
  const { locale: wanted } = parseInput(consentTextsQuerySchema, { locale });
  const rows = await db
    .selectDistinctOn([consentTexts.purpose])
    .from(consentTexts)
    .where(inArray(consentTexts.locale, [wanted, FALLBACK_LOCALE]))
    .orderBy(consentTexts.purpose, sql`(${consentTexts.locale} = ${wanted}) DESC`, desc(consentTexts.version));
  return rows.map(toConsentTextDto);
}
