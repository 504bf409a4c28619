import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Tx } from "@/lib/db/client";
import { countCustomerPairs } from "./count-customer-pairs";
import { DAY_MS, RANKING, WEIGHT_EPOCH_MS } from "./ranking";

/** growingWeight() in SQL, for a timestamptz expression. */
export function weightSql(at: SQL, tauDays: number): SQL {
  return sql`exp((extract(epoch FROM ${at}) * 1000 - ${WEIGHT_EPOCH_MS}::float8) / ${tauDays * DAY_MS}::float8)`;
}

/** Writes a CTE `agg(s1, s2, w, n, last_at)` of unordered pairs into the counts in both directions, adding to what is there. */
function upsertBothWays(kind: "co_basket" | "co_customer"): SQL {
  return sql`
    INSERT INTO rec_pair_counts (style_id, kind, other_style_id, weighted, raw, last_at)
    SELECT s1, ${kind}, s2, w, n, last_at FROM agg UNION ALL SELECT s2, ${kind}, s1, w, n, last_at FROM agg
    ON CONFLICT (style_id, kind, other_style_id) DO UPDATE SET weighted = rec_pair_counts.weighted + excluded.weighted,
      raw = rec_pair_counts.raw + excluded.raw, last_at = greatest(rec_pair_counts.last_at, excluded.last_at)`;
}

export type CountRange = { afterLineId: number; upToLineId: number; salesBefore: Date | null };
export type CountResult = { sales: number; lines: number; touched: number[]; stepsMs: Record<string, number> };

/**
 * Adds the sales whose lines are in (afterLineId, upToLineId] to the raw counts: style popularity, store popularity,
 * basket pairs, and pairs with the same customer's other sales within 90 days. A pair of sales is counted once: with an
 * already-counted sale (all lines at or below the watermark), or with another new one that comes first in (at, id).
 * Counts only ever grow by addition, so an incremental run equals a full one.
 */
export async function countCoPurchases(tx: Tx, range: CountRange): Promise<CountResult> {
  const before = range.salesBefore ? sql`AND s.at < ${range.salesBefore.toISOString()}::timestamptz` : sql``;
  const pairW = (at: SQL) => weightSql(at, RANKING.pairTauDays);
  const stepsMs: Record<string, number> = {};
  let mark = performance.now();
  const step = (name: string) => {
    stepsMs[name] = Math.round(performance.now() - mark);
    mark = performance.now();
  };
  // A full count takes every settled line; an increment, the sales with lines above the watermark.
  const newLines =
    range.afterLineId === 0
      ? sql`l.id <= ${range.upToLineId}`
      : sql`l.sale_id IN (SELECT DISTINCT sale_id FROM sale_lines WHERE id > ${range.afterLineId} AND id <= ${range.upToLineId})`;
  await tx.execute(sql`DROP TABLE IF EXISTS rec_new_items`);
  // One row per (sale, style) of the new sales; a sale's lines are written in one transaction, so none is split.
  await tx.execute(sql`
    CREATE TEMP TABLE rec_new_items ON COMMIT DROP AS
    SELECT l.sale_id, s.customer_id, s.store_id, s.at, l.style_id, sum(l.qty)::int AS qty, count(*)::int AS lines
    FROM sale_lines l JOIN sales s ON s.id = l.sale_id
    WHERE ${newLines} ${before}
    GROUP BY l.sale_id, s.customer_id, s.store_id, s.at, l.style_id`);
  await tx.execute(sql`CREATE INDEX ON rec_new_items (customer_id, at)`);
  await tx.execute(sql`ANALYZE rec_new_items`);
  step("newSales");

  await tx.execute(sql`
    INSERT INTO rec_style_counts (style_id, weighted, raw, last_at)
    SELECT style_id, sum(${pairW(sql`at`)}), count(*)::int, max(at) FROM rec_new_items GROUP BY style_id
    ON CONFLICT (style_id) DO UPDATE SET weighted = rec_style_counts.weighted + excluded.weighted,
      raw = rec_style_counts.raw + excluded.raw, last_at = greatest(rec_style_counts.last_at, excluded.last_at)`);

  // Units per store (0 = the whole chain, which also counts online sales), faded fast so the season shows.
  await tx.execute(sql`
    WITH per AS (
      SELECT store_id, style_id, sum(qty * ${weightSql(sql`at`, RANKING.popularityTauDays)}) AS w, sum(qty)::int AS n FROM rec_new_items GROUP BY store_id, style_id)
    INSERT INTO rec_store_popularity (store_id, style_id, weighted, raw)
    SELECT store_id, style_id, w, n FROM per WHERE store_id IS NOT NULL
    UNION ALL
    SELECT 0, style_id, sum(w), sum(n)::int FROM per GROUP BY style_id
    ON CONFLICT (store_id, style_id) DO UPDATE SET weighted = rec_store_popularity.weighted + excluded.weighted, raw = rec_store_popularity.raw + excluded.raw`);
  step("popularity");

  // Counted once per unordered pair (symmetric), then written in both directions.
  await tx.execute(sql`
    WITH agg AS (
      SELECT a.style_id AS s1, b.style_id AS s2, sum(${pairW(sql`a.at`)}) AS w, count(*)::int AS n, max(a.at) AS last_at
      FROM rec_new_items a JOIN rec_new_items b ON b.sale_id = a.sale_id AND b.style_id > a.style_id
      GROUP BY a.style_id, b.style_id)
    ${upsertBothWays("co_basket")}`);
  step("coBasket");

  await countCustomerPairs(tx, { afterLineId: range.afterLineId, before }, step);
  step("coCustomerWrite");

  const [stats] = rowsOf<{ sales: number; lines: number; touched: number[] | null }>(
    await tx.execute(sql`SELECT count(DISTINCT sale_id)::int AS sales, coalesce(sum(lines), 0)::int AS lines, array_agg(DISTINCT style_id) AS touched FROM rec_new_items`),
  );
  return { sales: stats?.sales ?? 0, lines: stats?.lines ?? 0, touched: (stats?.touched ?? []).map(Number), stepsMs };
}
