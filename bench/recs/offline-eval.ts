import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/lib/db/client";
import type { CustomerPreferences, CustomerSizes } from "@/lib/db/schema/customers";
import type { RecPairKind } from "@/lib/db/schema/recommendations";
import { Rng } from "@/lib/db/seed/prng";
import { buildRecommendations, type BuildReport } from "@/lib/domain/recommendations/build-recommendations";
import { DAY_MS, RANKING, rankForCustomer, type HistoryItem, type Neighbour, type RankingConfig } from "@/lib/domain/recommendations/ranking";
import { fitsPreferences, sizeMatches, sizeWantFor } from "@/lib/domain/recommendations/rules";

export type EvalRow = { name: string; hitRate: number; ndcg: number; note: string };
export type EvalResult = { users: number; testItems: number; cut: Date; build: BuildReport; rows: EvalRow[] };

type StyleInfo = { id: number; brand: string; category: string; department: string; attributes: Record<string, string>; sizes: string[] };

const K = 10;

/** Binary-relevance nDCG@k: a hit at rank r is worth 1/log2(r + 1), divided by the best possible for this customer. */
export function ndcgAt(list: readonly number[], relevant: ReadonlySet<number>, k = K): number {
  let dcg = 0;
  list.slice(0, k).forEach((id, i) => {
    if (relevant.has(id)) dcg += 1 / Math.log2(i + 2);
  });
  let ideal = 0;
  for (let i = 0; i < Math.min(k, relevant.size); i++) ideal += 1 / Math.log2(i + 2);
  return ideal > 0 ? dcg / ideal : 0;
}

function topByCount(counts: ReadonlyMap<number, number>): number[] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);
}

/**
 * Offline evaluation on a loaded chain: every customer's purchases in the last `holdoutDays` before asOf are held out,
 * the model is built from the sales before the cut, and each method recommends 10 styles the customer has not bought.
 * A hit is a held-out style (new to the customer) in the 10. Stock is not applied: it is today's, not the window's.
 */
export async function offlineEvaluation(db: Db, asOf: Date, opts: { holdoutDays?: number; cfg?: RankingConfig; reuseBuild?: BuildReport } = {}): Promise<EvalResult> {
  const cfg = opts.cfg ?? RANKING;
  const cut = new Date(asOf.getTime() - (opts.holdoutDays ?? 60) * DAY_MS);
  // Tuning the blend re-ranks the same model: the build can be reused.
  const build = opts.reuseBuild ?? (await buildRecommendations(db, { salesBefore: cut }));

  const purchases = rowsOf<{ customer_id: string; style_id: number; at_ms: number }>(
    await db.execute(sql`
      SELECT s.customer_id, l.style_id, (extract(epoch FROM max(s.at)) * 1000)::float8 AS at_ms
      FROM sales s JOIN sale_lines l ON l.sale_id = s.id
      WHERE s.customer_id IS NOT NULL AND s.at < ${asOf.toISOString()}::timestamptz
      GROUP BY s.customer_id, l.style_id, s.at < ${cut.toISOString()}::timestamptz`),
  );
  const train = new Map<string, HistoryItem[]>();
  const test = new Map<string, Set<number>>();
  for (const p of purchases) {
    const at = Number(p.at_ms);
    if (at < cut.getTime()) {
      const list = train.get(p.customer_id) ?? [];
      list.push({ styleId: Number(p.style_id), lastAtMs: at });
      train.set(p.customer_id, list);
    } else {
      const set = test.get(p.customer_id) ?? new Set<number>();
      set.add(Number(p.style_id));
      test.set(p.customer_id, set);
    }
  }
  const customers = new Map(
    rowsOf<{ id: string; sizes: CustomerSizes; preferences: CustomerPreferences }>(await db.execute(sql`SELECT id, sizes, preferences FROM customers`)).map((c) => [c.id, c]),
  );
  const styles = new Map(
    rowsOf<StyleInfo & { sizes: string[] }>(
      await db.execute(sql`
        SELECT s.id, s.brand, s.category, s.department, s.attributes, array_agg(DISTINCT v.size) AS sizes
        FROM styles s JOIN variants v ON v.style_id = s.id WHERE s.active GROUP BY s.id`),
    ).map((s) => [Number(s.id), { ...s, id: Number(s.id) }]),
  );
  const neighbours = new Map<number, Neighbour[]>();
  for (const n of rowsOf<{ style_id: number; kind: RecPairKind; other_style_id: number; score: number; support: number }>(
    await db.execute(sql`SELECT style_id, kind, other_style_id, score, support FROM rec_item_pairs`),
  )) {
    const list = neighbours.get(Number(n.style_id)) ?? [];
    list.push({ styleId: Number(n.style_id), kind: n.kind, otherStyleId: Number(n.other_style_id), score: Number(n.score), support: Number(n.support) });
    neighbours.set(Number(n.style_id), list);
  }
  const popularRows = rowsOf<{ style_id: number; weighted: number }>(await db.execute(sql`SELECT style_id, weighted FROM rec_store_popularity WHERE store_id = 0`));
  const maxPop = Math.max(0, ...popularRows.map((p) => Number(p.weighted)));
  const popularity = new Map(popularRows.map((p) => [Number(p.style_id), maxPop > 0 ? Number(p.weighted) / maxPop : 0]));
  const recentOrder = [...popularity].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);

  // The popularity baseline: styles by how many customers bought them before the cut.
  const buyers = new Map<number, number>();
  for (const items of train.values()) for (const h of items) buyers.set(h.styleId, (buyers.get(h.styleId) ?? 0) + 1);
  const popularOrder = topByCount(buyers);
  const allStyles = [...styles.keys()].sort((a, b) => a - b);

  const methods = ["recommender", "popularity", "popularity (recent, in size)", "random"] as const;
  const sums = new Map(methods.map((m) => [m, { hits: 0, ndcg: 0 }]));
  let users = 0;
  let testItems = 0;
  const rng = new Rng(20_240_611);
  for (const [customerId, heldOut] of test) {
    const history = train.get(customerId);
    if (!history) continue;
    const bought = new Set(history.map((h) => h.styleId));
    const relevant = new Set([...heldOut].filter((id) => !bought.has(id)));
    if (relevant.size === 0) continue;
    users++;
    testItems += relevant.size;
    const c = customers.get(customerId);
    const prefs = c?.preferences ?? {};
    // The product's rule "in the customer's size": a style not made in their size is never suggested.
    const inSize = (id: number) => {
      const s = styles.get(id);
      if (!s) return false;
      const want = sizeWantFor(s, { profile: c?.sizes ?? null });
      return s.sizes.some((z) => sizeMatches(want, z)) && fitsPreferences(s, prefs);
    };
    const seeds = [...history].sort((a, b) => b.lastAtMs - a.lastAtMs).slice(0, 30);
    const ranked = rankForCustomer(
      {
        history: seeds,
        neighbours: seeds.flatMap((h) => neighbours.get(h.styleId) ?? []),
        nowMs: cut.getTime(),
        exclude: bought,
        brandOf: (id) => styles.get(id)?.brand,
        favouriteBrands: new Set(prefs.brands ?? []),
        popularity: (id) => popularity.get(id) ?? 0,
        admit: inSize,
        limit: K,
      },
      cfg,
    ).map((r) => r.styleId);
    // Topped up from what sells now, as serving does.
    for (const id of recentOrder) {
      if (ranked.length >= K) break;
      if (!bought.has(id) && !ranked.includes(id) && inSize(id)) ranked.push(id);
    }
    const lists: Record<(typeof methods)[number], number[]> = {
      recommender: ranked,
      popularity: popularOrder.filter((id) => !bought.has(id)).slice(0, K),
      "popularity (recent, in size)": recentOrder.filter((id) => !bought.has(id) && inSize(id)).slice(0, K),
      random: sample(rng, allStyles, bought, K),
    };
    for (const m of methods) {
      const s = sums.get(m)!;
      if (lists[m].some((id) => relevant.has(id))) s.hits++;
      s.ndcg += ndcgAt(lists[m], relevant);
    }
  }
  const notes: Record<(typeof methods)[number], string> = {
    recommender: "co-purchase + similarity from their history, brands, size",
    popularity: "styles bought by most customers before the cut",
    "popularity (recent, in size)": "bestsellers of the last weeks (30-day fade), in their size",
    random: "uniform over active styles",
  };
  return {
    users,
    testItems,
    cut,
    build,
    rows: methods.map((m) => ({ name: m, hitRate: sums.get(m)!.hits / Math.max(1, users), ndcg: sums.get(m)!.ndcg / Math.max(1, users), note: notes[m] })),
  };
}

function sample(rng: Rng, ids: readonly number[], exclude: ReadonlySet<number>, k: number): number[] {
  const out = new Set<number>();
  for (let tries = 0; out.size < k && tries < k * 50; tries++) {
    const id = ids[Math.floor(rng.next() * ids.length)];
    if (id !== undefined && !exclude.has(id)) out.add(id);
  }
  return [...out];
}
