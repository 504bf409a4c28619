import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type DbOrTx } from "@/lib/db/client";
import type { CustomerPreferences, CustomerSizes } from "@/lib/db/schema/customers";
import { errors } from "@/lib/errors";
import type { HistoryItem } from "./ranking";
import { DECLINED, isDeclined, mayPersonalise, personalisationState } from "./rules";
import type { PersonalisationState } from "./types";

/**
 * What suggestions may use about a customer. When personalisation is refused everything personal is empty: their
 * history, sizes, preferences and past suggestions are not even read.
 */
export type CustomerContext = {
  customerId: string;
  state: PersonalisationState;
  personalised: boolean;
  sizes: CustomerSizes | null;
  preferences: CustomerPreferences | null;
  /** Every style they bought, last purchase time. */
  history: HistoryItem[];
  declined: Set<number>;
};

type Row = {
  sizes: CustomerSizes | null;
  preferences: CustomerPreferences | null;
  erased: boolean;
  decision: "granted" | "withdrawn" | null;
  history: [number, number][] | null;
  impressions: [number, number, number, number | null, number | null][] | null;
  lost: number[] | null;
};

export async function loadCustomerContext(db: DbOrTx, customerId: string, now: Date): Promise<CustomerContext> {
  const lostSince = new Date(now.getTime() - DECLINED.lostSaleDays * 86_400_000).toISOString();
  const [row] = rowsOf<Row>(
    await db.execute(sql`
      SELECT k.decision, c.erased_at IS NOT NULL AS erased,
        CASE WHEN k.allowed THEN c.sizes END AS sizes,
        CASE WHEN k.allowed THEN c.preferences END AS preferences,
        CASE WHEN k.allowed THEN (
          SELECT json_agg(json_build_array(h.style_id, h.last_ms)) FROM (
            SELECT l.style_id, (extract(epoch FROM max(s.at)) * 1000)::float8 AS last_ms
            FROM sales s JOIN sale_lines l ON l.sale_id = s.id WHERE s.customer_id = c.id GROUP BY l.style_id) h) END AS history,
        CASE WHEN k.allowed THEN (
          SELECT json_agg(json_build_array(i.style_id, i.shown_count, extract(epoch FROM i.last_shown_at) * 1000,
                                           extract(epoch FROM i.opened_at) * 1000, extract(epoch FROM i.taken_at) * 1000))
          FROM rec_impressions i WHERE i.customer_id = c.id) END AS impressions,
        CASE WHEN k.allowed THEN (
          SELECT json_agg(DISTINCT ls.style_id) FROM lost_sales ls
          WHERE ls.customer_id = c.id AND ls.reason = 'customer_declined' AND ls.at >= ${lostSince}::timestamptz) END AS lost
      FROM customers c
      LEFT JOIN LATERAL (
        SELECT r.decision FROM consent_records r WHERE r.customer_id = c.id AND r.purpose = 'personalisation'
        ORDER BY r.at DESC, r.id DESC LIMIT 1) d ON true
      CROSS JOIN LATERAL (SELECT d.decision, d.decision IS DISTINCT FROM 'withdrawn' AND c.erased_at IS NULL AS allowed) k
      WHERE c.id = ${customerId}::uuid`),
  );
  if (!row || row.erased) throw errors.notFound("That customer");
  const state = personalisationState(row.decision);
  const personalised = mayPersonalise(state);
  const declined = new Set<number>((row.lost ?? []).map(Number));
  for (const [styleId, shownCount, lastShownAtMs, openedAtMs, takenAtMs] of row.impressions ?? []) {
    if (isDeclined({ shownCount, lastShownAtMs, openedAtMs, takenAtMs }, now.getTime())) declined.add(Number(styleId));
  }
  return {
    customerId,
    state,
    personalised,
    sizes: personalised ? (row.sizes ?? {}) : null,
    preferences: personalised ? (row.preferences ?? {}) : null,
    history: personalised ? (row.history ?? []).map(([styleId, lastAtMs]) => ({ styleId: Number(styleId), lastAtMs: Number(lastAtMs) })) : [],
    declined: personalised ? declined : new Set(),
  };
}
