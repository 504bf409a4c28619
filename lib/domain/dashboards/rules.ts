/** Pure figures for the manager dashboards: funnel, coaching hints, period comparison, CSV. No database here. */

/** Business time zone for "a day" in every store today; per-store zones come when a store opens outside it. */
export const DASHBOARD_TIME_ZONE = "Europe/Madrid";

export type Counts = Partial<Record<string, number>>;

const n = (c: Counts, k: string) => c[k] ?? 0;

/** Share as a fraction 0..1, or null when there is nothing to divide by (shown as "–", never as 0%). */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export type Funnel = {
  stockLookups: number;
  ordersToHome: number;
  holds: number;
  sales: number;
  lostSales: number;
  /** Each outcome per stock lookup. */
  orderRate: number | null;
  holdRate: number | null;
  saleRate: number | null;
  lostRate: number | null;
  /** Lookups that ended in an order, hold or sale. */
  conversionRate: number | null;
};

/** Stock lookups (stock grid views and scans) and what came of them. */
export function funnel(c: Counts): Funnel {
  const stockLookups = n(c, "stock_grid_view") + n(c, "scan");
  const ordersToHome = n(c, "order_placed");
  const holds = n(c, "hold_placed");
  const sales = n(c, "store_sale") + n(c, "hold_converted");
  const lostSales = n(c, "lost_sale");
  return {
    stockLookups,
    ordersToHome,
    holds,
    sales,
    lostSales,
    orderRate: rate(ordersToHome, stockLookups),
    holdRate: rate(holds, stockLookups),
    saleRate: rate(sales, stockLookups),
    lostRate: rate(lostSales, stockLookups),
    conversionRate: rate(Math.min(ordersToHome + holds + sales, stockLookups), stockLookups),
  };
}

export type Comparison = { current: number; previous: number; delta: number; pct: number | null };

/** This period against the one before; pct is null when the previous period was zero. */
export function compare(current: number, previous: number): Comparison {
  return { current, previous, delta: current - previous, pct: previous === 0 ? null : (current - previous) / previous };
}

/** The period of the same length immediately before [from, to] (whole days, inclusive). */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const day = 86_400_000;
  const f = Date.parse(`${from}T00:00:00Z`);
  const t = Date.parse(`${to}T00:00:00Z`);
  const len = Math.round((t - f) / day) + 1;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: iso(f - len * day), to: iso(f - day) };
}

export type CoachingMetric = {
  key: "capture" | "conversion" | "suggestions" | "flows";
  label: string;
  /** What was achieved, over how many chances. */
  part: number;
  whole: number;
  storePart: number;
  storeWhole: number;
};

export type CoachingHint = { key: CoachingMetric["key"]; message: string; rate: number; storeRate: number };

/** Below this many chances a rate says nothing about a person. */
export const MIN_CHANCES = 10;
/** A hint when the person is under this share of the store's rate... */
export const RELATIVE_GAP = 0.6;
/** ...and at least this many points below it. */
export const ABSOLUTE_GAP = 0.1;

const pct = (r: number) => `${Math.round(r * 100)}%`;

/** Hints for one associate where they clearly trail their store, e.g. "captured a customer in 12% of conversations, store average 41%". */
export function coachingHints(metrics: CoachingMetric[]): CoachingHint[] {
  const hints: CoachingHint[] = [];
  for (const m of metrics) {
    if (m.whole < MIN_CHANCES || m.storeWhole < MIN_CHANCES) continue;
    const r = m.part / m.whole;
    const s = m.storePart / m.storeWhole;
    if (s <= 0 || r >= s * RELATIVE_GAP || s - r < ABSOLUTE_GAP) continue;
    hints.push({ key: m.key, rate: r, storeRate: s, message: `${m.label} in ${pct(r)} of ${chanceNoun[m.key]}, store average ${pct(s)}` });
  }
  return hints;
}

const chanceNoun: Record<CoachingMetric["key"], string> = {
  capture: "conversations",
  conversion: "stock lookups",
  suggestions: "suggestions shown",
  flows: "conversations started",
};

/** The coaching metrics for one person from their event counts and their store's. */
export function coachingMetrics(mine: Counts, store: Counts): CoachingMetric[] {
  const conv = (c: Counts) => n(c, "flow_started") + n(c, "customer_found") + n(c, "customer_captured");
  const done = (c: Counts) => n(c, "order_placed") + n(c, "hold_placed") + n(c, "store_sale") + n(c, "hold_converted");
  const mf = funnel(mine);
  const sf = funnel(store);
  return [
    { key: "capture", label: "captured a customer", part: n(mine, "customer_captured"), whole: conv(mine), storePart: n(store, "customer_captured"), storeWhole: conv(store) },
    { key: "conversion", label: "turned a lookup into a sale, hold or order", part: Math.min(done(mine), mf.stockLookups), whole: mf.stockLookups, storePart: Math.min(done(store), sf.stockLookups), storeWhole: sf.stockLookups },
    { key: "suggestions", label: "had a suggestion taken", part: n(mine, "suggestion_taken"), whole: n(mine, "suggestion_shown"), storePart: n(store, "suggestion_taken"), storeWhole: n(store, "suggestion_shown") },
    { key: "flows", label: "finished a conversation flow", part: n(mine, "flow_finished"), whole: n(mine, "flow_started"), storePart: n(store, "flow_finished"), storeWhole: n(store, "flow_started") },
  ];
}

function csvCell(v: unknown): string {
  if (v == null) return "";
  const s = typeof v === "object" ? JSON.stringify(v) : String(v);
  // Quote when needed; a leading =,+,-,@ is defused so a spreadsheet does not run it as a formula.
  const safe = /^[=+\-@]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of flat objects as CSV (header from the first row's keys, CRLF line ends per RFC 4180). */
export function toCsv(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return "";
  const keys = Object.keys(rows[0]!);
  return [keys.map(csvCell).join(","), ...rows.map((r) => keys.map((k) => csvCell(r[k])).join(","))].join("\r\n") + "\r\n";
}

type FlowStepKey = { flowId: string | null; flowName: string | null; stepId: string };

/**
 * The Flows table's order: by flow name (then id, so a flow's steps stay together), steps where the flow has them
 * now (`position`; steps it no longer has after, by id), and steps of events without a flow last.
 */
export function compareFlowSteps(x: FlowStepKey, y: FlowStepKey, position: (r: FlowStepKey) => number | undefined): number {
  if ((x.flowId === null) !== (y.flowId === null)) return x.flowId === null ? 1 : -1;
  const byFlow = (x.flowName ?? "\uffff").localeCompare(y.flowName ?? "\uffff") || (x.flowId ?? "").localeCompare(y.flowId ?? "");
  if (byFlow) return byFlow;
  const px = position(x) ?? Number.MAX_SAFE_INTEGER;
  const py = position(y) ?? Number.MAX_SAFE_INTEGER;
  return px - py || (x.stepId < y.stepId ? -1 : x.stepId > y.stepId ? 1 : 0);
}
