import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf, type DbHandle } from "@/lib/db/client";
import { loadChain } from "@/lib/db/seed/load-chain";
import { TEST_SCALE } from "@/lib/db/seed/params";
import { createTestDb } from "@/lib/db/testing";
import { buildRecommendations } from "./build-recommendations";
import { RANKING, WEIGHT_EPOCH_MS, growingWeight } from "./ranking";

const AS_OF = new Date("2025-06-01T09:00:00Z");
let handle: DbHandle;

type Snapshot = Record<string, string[]>;

async function rows<T>(q: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await handle.db.execute(q));
}

/** Every row of the job's tables, as sorted text: equal snapshots mean identical tables. */
async function snapshot(): Promise<Snapshot> {
  const out: Snapshot = {};
  for (const table of ["rec_pair_counts", "rec_style_counts", "rec_store_popularity", "rec_item_pairs"]) {
    const r = await rows<{ t: string }>(sql.raw(`SELECT t::text AS t FROM ${table} t`));
    out[table] = r.map((x) => x.t).sort();
  }
  return out;
}

type Pair = { style_id: number; kind: string; other_style_id: number; score: number; support: number };
const pairs = () => rows<Pair>(sql`SELECT style_id, kind, other_style_id, score, support FROM rec_item_pairs ORDER BY style_id, kind, other_style_id`);
const key = (p: Pair) => `${p.style_id}|${p.kind}|${p.other_style_id}`;

beforeAll(async () => {
  handle = await createTestDb();
  await loadChain(handle.db, { ...TEST_SCALE, asOf: AS_OF });
});

afterAll(async () => {
  await handle?.close();
});

describe("buildRecommendations", () => {
  it("builds co-purchase and similar lists, and a second run finds nothing new and changes nothing", async () => {
    const first = await buildRecommendations(handle.db, { full: true });
    expect(first.mode).toBe("full");
    expect(first.coRows).toBeGreaterThan(0);
    expect(first.similarRows).toBeGreaterThan(0);
    const before = await snapshot();
    const again = await buildRecommendations(handle.db);
    expect(again).toMatchObject({ mode: "unchanged", lines: 0, restyled: 0, similarRebuilt: false });
    expect(await snapshot()).toEqual(before);
  });

  it("counts same-customer pairs as a brute-force join does: two sales of one customer within 90 days, each pair once", async () => {
    const brute = await rows<{ s1: number; s2: number; n: number }>(sql`
      WITH ss AS (SELECT DISTINCT l.sale_id, s.customer_id, s.at, l.style_id FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE s.customer_id IS NOT NULL)
      SELECT a.style_id AS s1, b.style_id AS s2, count(*)::int AS n FROM ss a JOIN ss b
        ON a.customer_id = b.customer_id AND a.sale_id <> b.sale_id AND a.style_id <> b.style_id AND abs(extract(epoch FROM a.at - b.at)) <= 90 * 86400
      GROUP BY 1, 2 ORDER BY 1, 2`);
    const counted = await rows<{ s1: number; s2: number; n: number }>(sql`
      SELECT style_id AS s1, other_style_id AS s2, raw AS n FROM rec_pair_counts WHERE kind = 'co_customer' ORDER BY 1, 2`);
    expect(counted.length).toBeGreaterThan(0);
    expect(counted.map((r) => [Number(r.s1), Number(r.s2), Number(r.n)])).toEqual(brute.map((r) => [Number(r.s1), Number(r.s2), Number(r.n)]));
  });

  it("weights every sale by exp((t - epoch) / tau), the same in SQL as in the ranking code", async () => {
    const [style] = await rows<{ style_id: number; weighted: number }>(sql`SELECT style_id, weighted FROM rec_style_counts ORDER BY raw DESC, style_id LIMIT 1`);
    const sales = await rows<{ ms: number }>(sql`
      SELECT DISTINCT s.id, (extract(epoch FROM s.at) * 1000)::float8 AS ms FROM sales s JOIN sale_lines l ON l.sale_id = s.id WHERE l.style_id = ${style!.style_id}`);
    const expected = sales.reduce((sum, s) => sum + growingWeight(Number(s.ms), WEIGHT_EPOCH_MS, RANKING.pairTauDays), 0);
    expect(Number(style!.weighted)).toBeCloseTo(expected, 6);
  });

  it("adds new sales incrementally, re-ranking only the styles they touch, and ends where a full rebuild does", async () => {
    // A late-arriving sale dated three weeks back, for the customer with most history: it pairs with sales before and after it.
    const [customer] = await rows<{ id: string; store_id: number }>(sql`
      SELECT customer_id AS id, min(store_id) AS store_id FROM sales WHERE customer_id IS NOT NULL AND store_id IS NOT NULL
      GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1`);
    const picks = await rows<{ variant_id: number; style_id: number; price: number }>(sql`
      SELECT DISTINCT ON (v.style_id) v.id AS variant_id, v.style_id, v.price_cents AS price FROM variants v
      WHERE v.style_id IN (3, 17) ORDER BY v.style_id, v.id`);
    const beforePairs = await pairs();
    const beforeCounts = await rows<{ style_id: number; kind: string; other_style_id: number }>(sql`SELECT style_id, kind, other_style_id FROM rec_pair_counts`);

    const at = new Date(AS_OF.getTime() - 21 * 86_400_000).toISOString();
    const [sale] = await rows<{ id: string }>(sql`
      INSERT INTO sales (channel, store_id, customer_id, total_cents, at) VALUES ('store', ${customer!.store_id}, ${customer!.id}, 10000, ${at}::timestamptz) RETURNING id`);
    for (const p of picks) {
      await handle.db.execute(sql`INSERT INTO sale_lines (sale_id, variant_id, style_id, qty, unit_price_cents) VALUES (${sale!.id}, ${p.variant_id}, ${p.style_id}, 1, ${p.price})`);
    }
    const inc = await buildRecommendations(handle.db);
    expect(inc).toMatchObject({ mode: "incremental", sales: 1, lines: 2, similarRebuilt: false });

    // Touched: the sale's styles and every style they are paired with; nothing else moved.
    const sold = new Set<number>(picks.map((p) => p.style_id));
    const afterCounts = await rows<{ style_id: number; other_style_id: number }>(sql`SELECT style_id, other_style_id FROM rec_pair_counts`);
    const touched = new Set([...sold, ...afterCounts.filter((c) => sold.has(Number(c.style_id))).map((c) => Number(c.other_style_id))]);
    expect(inc.restyled).toBe(touched.size);
    const afterPairs = await pairs();
    const was = new Map(beforePairs.map((p) => [key(p), p]));
    const now = new Map(afterPairs.map((p) => [key(p), p]));
    const changed = new Set<number>();
    for (const k of new Set([...was.keys(), ...now.keys()])) {
      const a = was.get(k);
      const b = now.get(k);
      if (!a || !b || a.score !== b.score || a.support !== b.support) changed.add(Number(k.split("|")[0]));
    }
    expect(changed.size).toBeGreaterThan(0);
    for (const id of changed) expect(touched.has(id)).toBe(true);
    expect(beforeCounts.length).toBeLessThanOrEqual(afterCounts.length);

    const incremental = await snapshot();
    const full = await buildRecommendations(handle.db, { full: true });
    expect(full.mode).toBe("full");
    const rebuilt = await snapshot();
    // Same rows; weighted sums may differ in the last bits from the order of additions.
    expect(rebuilt.rec_pair_counts!.length).toBe(incremental.rec_pair_counts!.length);
    const fullPairs = await pairs();
    expect(fullPairs.map(key)).toEqual(afterPairs.map(key));
    fullPairs.forEach((p, i) => {
      expect(p.support).toBe(afterPairs[i]!.support);
      expect(Math.abs(p.score - afterPairs[i]!.score)).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(p.score)));
    });
  });

  it("learns only from sales before a cut-off when asked (offline evaluation)", async () => {
    const cut = new Date(AS_OF.getTime() - 60 * 86_400_000);
    const r = await buildRecommendations(handle.db, { salesBefore: cut });
    expect(r.mode).toBe("full");
    const [late] = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM rec_style_counts WHERE last_at >= ${cut.toISOString()}::timestamptz`);
    expect(late!.n).toBe(0);
    // The next ordinary build notices the cut-off is gone and recounts everything.
    expect((await buildRecommendations(handle.db)).mode).toBe("full");
  });
});
