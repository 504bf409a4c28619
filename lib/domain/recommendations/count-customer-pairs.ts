import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Tx } from "@/lib/db/client";
import { arrayLiteral } from "@/lib/db/bulk-insert";
import { CUSTOMER_WINDOW_DAYS, DAY_MS, RANKING, WEIGHT_EPOCH_MS, customerPairs, growingWeight } from "./ranking";

const WINDOW = sql`make_interval(days => ${CUSTOMER_WINDOW_DAYS})`;

const CUSTOMER_PAGE = 50_000;
type CustomerRow = { c: string; s: string; ms: number; st: number; n: boolean };
const UPSERT_CHUNK = 50_000;

/**
 * Unordered style pairs with their growing-weight sum, count and latest time, in typed arrays that double as they
 * fill: a million pairs take tens of megabytes, not the hundreds plain objects would.
 */
class PairTotals {
  private slot = new Map<number, Map<number, number>>();
  size = 0;
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  n = new Int32Array(1024);
  w = new Float64Array(1024);
  last = new Float64Array(1024);

  private grow(): void {
    const cap = this.a.length * 2;
    const copy = <T extends Int32Array | Float64Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.a = copy(this.a, new Int32Array(cap));
    this.b = copy(this.b, new Int32Array(cap));
    this.n = copy(this.n, new Int32Array(cap));
    this.w = copy(this.w, new Float64Array(cap));
    this.last = copy(this.last, new Float64Array(cap));
  }

  add(x: number, y: number, atMs: number): void {
    const [a, b] = x < y ? [x, y] : [y, x];
    const weight = growingWeight(atMs, WEIGHT_EPOCH_MS, RANKING.pairTauDays);
    let inner = this.slot.get(a);
    if (!inner) {
      inner = new Map();
      this.slot.set(a, inner);
    }
    const i = inner.get(b);
    if (i === undefined) {
      if (this.size === this.a.length) this.grow();
      const k = this.size++;
      inner.set(b, k);
      this.a[k] = a;
      this.b[k] = b;
      this.n[k] = 1;
      this.w[k] = weight;
      this.last[k] = atMs;
    } else {
      this.w[i]! += weight;
      this.n[i]! += 1;
      if (atMs > this.last[i]!) this.last[i] = atMs;
    }
  }
}

/**
 * Same-customer pairs, counted in this process: one ordered pass over each customer's purchases (customerPairs) is
 * linear in the window, where a self-join in SQL weighs every pair of a customer's purchases over the whole history.
 */
export async function countCustomerPairs(tx: Tx, range: { afterLineId: number; before: SQL }, step: (name: string) => void): Promise<void> {
  const { before } = range;
  await tx.execute(sql`DROP TABLE IF EXISTS rec_cust_items`);
  await tx.execute(sql`
    CREATE TEMP TABLE rec_cust_items ON COMMIT DROP AS
    SELECT customer_id, sale_id, at, style_id, true AS is_new FROM rec_new_items WHERE customer_id IS NOT NULL`);
  if (range.afterLineId > 0) {
    // Counted sales of the same customers near the new ones (all their lines at or below the watermark) pair with them.
    await tx.execute(sql`
      INSERT INTO rec_cust_items
      SELECT customer_id, sale_id, at, style_id, false FROM (
        SELECT l.sale_id, s.customer_id, s.at, l.style_id, max(max(l.id)) OVER (PARTITION BY l.sale_id) AS max_line
        FROM (SELECT customer_id, min(at) AS lo, max(at) AS hi FROM rec_new_items WHERE customer_id IS NOT NULL GROUP BY customer_id) c
        JOIN sales s ON s.customer_id = c.customer_id AND s.at >= c.lo - ${WINDOW} AND s.at <= c.hi + ${WINDOW} ${before}
        JOIN sale_lines l ON l.sale_id = s.id
        GROUP BY l.sale_id, s.customer_id, s.at, l.style_id) o
      WHERE max_line <= ${range.afterLineId}`);
  }
  await tx.execute(sql`CREATE INDEX ON rec_cust_items (customer_id, at, sale_id)`);
  await tx.execute(sql`ANALYZE rec_cust_items`);
  step("coCustomerItems");

  const totals = new PairTotals();
  const windowMs = CUSTOMER_WINDOW_DAYS * DAY_MS;
  let from: string | null = null;
  let page = CUSTOMER_PAGE;
  for (;;) {
    const rows: CustomerRow[] = rowsOf<CustomerRow>(
      await tx.execute(sql`
        SELECT customer_id::text AS c, sale_id::text AS s, (extract(epoch FROM at) * 1000)::float8 AS ms, style_id AS st, is_new AS n
        FROM rec_cust_items WHERE ${from === null ? sql`true` : sql`customer_id >= ${from}::uuid`}
        ORDER BY customer_id, at, sale_id LIMIT ${page}`),
    );
    const full = rows.length === page;
    // A full page may end inside a customer: that customer is read again with the next page.
    const lastCustomer: string | null = rows.at(-1)?.c ?? null;
    const end = full ? rows.findIndex((r) => r.c === lastCustomer) : rows.length;
    if (full && end === 0) {
      page *= 2;
      continue;
    }
    let start = 0;
    for (let i = 1; i <= end; i++) {
      if (i < end && rows[i]!.c === rows[start]!.c) continue;
      const items = rows.slice(start, i).map((r) => ({ sale: r.s, atMs: Number(r.ms), styleId: Number(r.st), isNew: Boolean(r.n) }));
      customerPairs(items, windowMs, (x, y, atMs) => totals.add(x, y, atMs));
      start = i;
    }
    if (!full) break;
    from = lastCustomer;
    page = CUSTOMER_PAGE;
  }
  step("coCustomerPairs");

  await writePairs(tx, totals);
}

/** Adds the totals to the counts in both directions (each style's list is then one primary-key range). */
async function writePairs(tx: Tx, totals: PairTotals): Promise<void> {
  for (let i = 0; i < totals.size; i += UPSERT_CHUNK) {
    const end = Math.min(totals.size, i + UPSERT_CHUNK);
    const a = totals.a.subarray(i, end);
    const b = totals.b.subarray(i, end);
    const w = Array.from(totals.w.subarray(i, end));
    const n = totals.n.subarray(i, end);
    const last = Array.from(totals.last.subarray(i, end));
    await tx.execute(sql`
      INSERT INTO rec_pair_counts (style_id, kind, other_style_id, weighted, raw, last_at)
      SELECT t.a, 'co_customer', t.b, t.w, t.n, to_timestamp(t.l / 1000)
      FROM unnest(${`{${a.join(",")},${b.join(",")}}`}::int[], ${`{${b.join(",")},${a.join(",")}}`}::int[], ${arrayLiteral([...w, ...w])}::float8[],
                  ${`{${n.join(",")},${n.join(",")}}`}::int[], ${arrayLiteral([...last, ...last])}::float8[]) AS t(a, b, w, n, l)
      ON CONFLICT (style_id, kind, other_style_id) DO UPDATE SET weighted = rec_pair_counts.weighted + excluded.weighted,
        raw = rec_pair_counts.raw + excluded.raw, last_at = greatest(rec_pair_counts.last_at, excluded.last_at)`);
  }
}
