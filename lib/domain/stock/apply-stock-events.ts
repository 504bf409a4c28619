import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type DbOrTx } from "@/lib/db/client";
import { zodFields } from "@/lib/api/error-response";
import { checkBarcode } from "@/lib/domain/catalog/rules";
import { decideStockEvent, type StockState } from "./rules";
import { stockEventSchema, type StockEventInput, type StockEventResult, type StockEventsResponse } from "./schemas";

/** Integrations' clocks drift a little; an event "from the future" would otherwise block every later count. */
const MAX_CLOCK_SKEW_MS = 5 * 60_000;
export const DEFAULT_STOCK_SOURCE = "default";

type Resolved = { index: number; id: string; source: string; variantId: number; storeId: number; kind: "absolute" | "delta"; quantity: number; sourceTsMs: number; sourceTs: string };
type Failure = { code: string; message: string; fields?: Record<string, string> };

export type ApplyStockEventsOptions = {
  /** Replays are recognised by (source, id); events without a source share this one. */
  defaultSource?: string;
  /** An integration token bound to one store may only move that store's stock. */
  onlyStoreId?: number | null;
  now?: Date;
};

const keyOf = (variantId: number, storeId: number) => `${variantId}:${storeId}`;

/**
 * Applies a batch of stock events from the retailer's systems in one transaction. Each event is validated and
 * resolved on its own and gets its own result: applied, duplicate (same source + id seen before: harmless),
 * stale (older than the last count) or rejected (malformed, unknown store or SKU, or below reserved units).
 *
 * Replay safety under concurrency: the event rows are inserted first with ON CONFLICT DO NOTHING, so a
 * concurrent replay of the same event waits on the first transaction's row and then sees a conflict;
 * stock rows are then locked in (variant, store) order, the order every stock writer uses.
 */
export async function applyStockEvents(db: DbOrTx, rawEvents: readonly unknown[], opts: ApplyStockEventsOptions = {}): Promise<StockEventsResponse> {
  const now = opts.now ?? new Date();
  const results: StockEventResult[] = rawEvents.map((raw) => ({ id: idOf(raw), status: "rejected" }));
  const reject = (index: number, f: Failure) => {
    results[index] = { id: results[index]?.id ?? null, status: "rejected", error: f };
  };

  const parsed: { index: number; e: StockEventInput }[] = [];
  rawEvents.forEach((raw, index) => {
    const r = stockEventSchema.safeParse(raw);
    if (!r.success) return reject(index, { code: "validation_failed", message: r.error.issues[0]?.message ?? "This event is malformed.", fields: zodFields(r.error) });
    if (Date.parse(r.data.sourceTs) > now.getTime() + MAX_CLOCK_SKEW_MS) {
      return reject(index, { code: "validation_failed", message: "sourceTs is in the future.", fields: { sourceTs: "This time is in the future." } });
    }
    parsed.push({ index, e: r.data });
  });

  const resolved = await resolveEvents(db, parsed, reject, opts);
  // The same (source, id) twice in one batch: the first counts, the others are replays.
  const seen = new Set<string>();
  const fresh = resolved.filter((r) => {
    const k = `${r.source}\u0000${r.id}`;
    if (seen.has(k)) {
      results[r.index] = { id: r.id, status: "duplicate" };
      return false;
    }
    seen.add(k);
    return true;
  });

  if (fresh.length) {
    await db.transaction(async (tx) => {
      for (const outcome of await applyInTransaction(tx, fresh)) results[outcome.index] = outcome.result;
    });
  }

  const count = (s: StockEventResult["status"]) => results.filter((r) => r.status === s).length;
  return { results, applied: count("applied"), duplicates: count("duplicate"), stale: count("stale"), rejected: count("rejected") };
}

function idOf(raw: unknown): string | null {
  const id = raw && typeof raw === "object" ? (raw as { id?: unknown }).id : undefined;
  return typeof id === "string" ? id.slice(0, 100) : typeof id === "number" ? String(id) : null;
}

/** Store codes, SKUs and EANs to ids, in two queries for the whole batch. */
async function resolveEvents(
  db: DbOrTx,
  parsed: { index: number; e: StockEventInput }[],
  reject: (index: number, f: Failure) => void,
  opts: ApplyStockEventsOptions,
): Promise<Resolved[]> {
  if (!parsed.length) return [];
  const eans = new Map<number, string>();
  for (const { index, e } of parsed) {
    if (e.ean === undefined) continue;
    const c = checkBarcode(e.ean);
    if (c.ok) eans.set(index, c.ean13);
    else reject(index, { code: "validation_failed", message: `ean: ${c.message}`, fields: { ean: c.message } });
  }
  const valid = parsed.filter((p) => p.e.ean === undefined || eans.has(p.index));
  const lookups = {
    storeCodes: [...new Set(valid.flatMap((p) => (p.e.storeCode ? [p.e.storeCode] : [])))],
    storeIds: [...new Set(valid.flatMap((p) => (p.e.storeId ? [p.e.storeId] : [])))],
    skus: [...new Set(valid.flatMap((p) => (p.e.sku ? [p.e.sku] : [])))],
    eans: [...new Set(eans.values())],
    variantIds: [...new Set(valid.flatMap((p) => (p.e.variantId ? [p.e.variantId] : [])))],
  };
  const json = JSON.stringify(lookups);
  const [storeRows, variantRows] = await Promise.all([
    db.execute(sql`SELECT id, code FROM stores
      WHERE code IN (SELECT json_array_elements_text(${json}::json->'storeCodes'))
         OR id IN (SELECT json_array_elements_text(${json}::json->'storeIds')::int)`),
    db.execute(sql`SELECT id, sku, ean FROM variants
      WHERE sku IN (SELECT json_array_elements_text(${json}::json->'skus'))
         OR ean IN (SELECT json_array_elements_text(${json}::json->'eans'))
         OR id IN (SELECT json_array_elements_text(${json}::json->'variantIds')::int)`),
  ]);
  const stores = rowsOf<{ id: number; code: string }>(storeRows);
  const variants = rowsOf<{ id: number; sku: string; ean: string }>(variantRows);
  const storeByCode = new Map(stores.map((s) => [s.code, s.id]));
  const storeIds = new Set(stores.map((s) => s.id));
  const bySku = new Map(variants.map((v) => [v.sku, v.id]));
  const byEan = new Map(variants.map((v) => [v.ean, v.id]));
  const variantIds = new Set(variants.map((v) => v.id));

  const out: Resolved[] = [];
  for (const { index, e } of valid) {
    const storeCandidates = [
      e.storeCode === undefined ? undefined : (storeByCode.get(e.storeCode) ?? notFound(`Unknown store code "${e.storeCode}".`, "storeCode")),
      e.storeId === undefined ? undefined : storeIds.has(e.storeId) ? e.storeId : notFound(`Unknown store id ${e.storeId}.`, "storeId"),
    ];
    const variantCandidates = [
      e.sku === undefined ? undefined : (bySku.get(e.sku) ?? notFound(`Unknown SKU "${e.sku}".`, "sku")),
      e.ean === undefined ? undefined : (byEan.get(eans.get(index) ?? "") ?? notFound(`Unknown EAN "${e.ean}".`, "ean")),
      e.variantId === undefined ? undefined : variantIds.has(e.variantId) ? e.variantId : notFound(`Unknown variant id ${e.variantId}.`, "variantId"),
    ];
    const failure = [...storeCandidates, ...variantCandidates].find((c): c is Failure => typeof c === "object");
    if (failure) {
      reject(index, failure);
      continue;
    }
    const storeSet = new Set(storeCandidates.filter((c): c is number => typeof c === "number"));
    const variantSet = new Set(variantCandidates.filter((c): c is number => typeof c === "number"));
    if (storeSet.size !== 1 || variantSet.size !== 1) {
      const field = storeSet.size !== 1 ? "storeId" : "variantId";
      reject(index, { code: "validation_failed", message: `The ${storeSet.size !== 1 ? "store" : "variant"} identifiers of this event disagree.`, fields: { [field]: "These identifiers name different things." } });
      continue;
    }
    const [storeId] = storeSet;
    const [variantId] = variantSet;
    if (storeId === undefined || variantId === undefined) continue;
    if (opts.onlyStoreId != null && storeId !== opts.onlyStoreId) {
      reject(index, { code: "forbidden", message: "This token may only send stock events for its own store." });
      continue;
    }
    const sourceTsMs = Date.parse(e.sourceTs);
    out.push({ index, id: e.id, source: e.source ?? opts.defaultSource ?? DEFAULT_STOCK_SOURCE, variantId, storeId, kind: e.kind, quantity: e.quantity, sourceTsMs, sourceTs: new Date(sourceTsMs).toISOString() });
  }
  return out;
}

function notFound(message: string, field: string): Failure {
  return { code: "not_found", message, fields: { [field]: message } };
}

async function applyInTransaction(tx: DbOrTx, events: Resolved[]): Promise<{ index: number; result: StockEventResult }[]> {
  const out: { index: number; result: StockEventResult }[] = [];
  // 1. Claim the events. Sorted, so two batches sharing events claim them in the same order (no deadlock).
  const claim = [...events].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const claimed = rowsOf<{ source: string; event_id: string }>(
    await tx.execute(sql`
      INSERT INTO stock_events (source, event_id, variant_id, store_id, kind, quantity, source_ts, outcome)
      SELECT source, event_id, variant_id, store_id, kind, quantity, source_ts, 'applied'
      FROM json_to_recordset(${JSON.stringify(claim.map((e) => ({ source: e.source, event_id: e.id, variant_id: e.variantId, store_id: e.storeId, kind: e.kind, quantity: e.quantity, source_ts: e.sourceTs })))}::json)
        AS x(source text, event_id text, variant_id int, store_id int, kind text, quantity int, source_ts timestamptz)
      ORDER BY source, event_id
      ON CONFLICT (source, event_id) DO NOTHING
      RETURNING source, event_id`),
  );
  const claimedKeys = new Set(claimed.map((c) => `${c.source}\u0000${c.event_id}`));
  const mine = events.filter((e) => {
    if (claimedKeys.has(`${e.source}\u0000${e.id}`)) return true;
    out.push({ index: e.index, result: { id: e.id, status: "duplicate" } });
    return false;
  });
  if (!mine.length) return out;

  // 2. Make sure a stock row exists (a store that did not carry the variant), then lock them all in key order.
  const pairs = [...new Map(mine.map((e) => [keyOf(e.variantId, e.storeId), { variant_id: e.variantId, store_id: e.storeId }])).values()].sort(
    (a, b) => a.variant_id - b.variant_id || a.store_id - b.store_id,
  );
  const pairsJson = JSON.stringify(pairs);
  const created = rowsOf<{ variant_id: number; store_id: number }>(
    await tx.execute(sql`
      INSERT INTO stock (variant_id, store_id, on_hand, reserved)
      SELECT variant_id, store_id, 0, 0 FROM json_to_recordset(${pairsJson}::json) AS x(variant_id int, store_id int)
      ORDER BY variant_id, store_id
      ON CONFLICT (variant_id, store_id) DO NOTHING
      RETURNING variant_id, store_id`),
  );
  const locked = rowsOf<{ variant_id: number; store_id: number; on_hand: number; reserved: number; counted_ms: number | null }>(
    await tx.execute(sql`
      SELECT st.variant_id, st.store_id, st.on_hand, st.reserved, (extract(epoch FROM st.counted_at) * 1000)::float8 AS counted_ms
      FROM stock st JOIN json_to_recordset(${pairsJson}::json) AS x(variant_id int, store_id int)
        ON st.variant_id = x.variant_id AND st.store_id = x.store_id
      ORDER BY st.variant_id, st.store_id
      FOR UPDATE OF st`),
  );

  // 3. Decide in source-time order per row, as if the events had arrived in the order they happened.
  const states = new Map<string, StockState & { changed: boolean; countedBefore: number | null }>(
    locked.map((r) => [
      keyOf(r.variant_id, r.store_id),
      { onHand: r.on_hand, reserved: r.reserved, countedAtMs: r.counted_ms, countedBefore: r.counted_ms, changed: false },
    ]),
  );
  const stale: Resolved[] = [];
  const rejected: Resolved[] = [];
  for (const e of [...mine].sort((a, b) => a.sourceTsMs - b.sourceTsMs || a.index - b.index)) {
    const state = states.get(keyOf(e.variantId, e.storeId));
    if (!state) throw new Error(`stock row ${keyOf(e.variantId, e.storeId)} vanished while locked`);
    const d = decideStockEvent(state, e);
    if (d.outcome === "applied") {
      Object.assign(state, d.state, { changed: true });
      out.push({ index: e.index, result: { id: e.id, status: "applied" } });
    } else if (d.outcome === "stale") {
      stale.push(e);
      out.push({ index: e.index, result: { id: e.id, status: "stale", error: { code: "stale", message: d.reason } } });
    } else {
      rejected.push(e);
      out.push({ index: e.index, result: { id: e.id, status: "rejected", error: { code: "conflict", message: d.reason } } });
    }
  }

  // 4. Write the final state of each changed row, and settle the event log.
  const changed = [...states.entries()].filter(([, s]) => s.changed).map(([k, s]) => {
    const [variant_id, store_id] = k.split(":").map(Number);
    // Only a new count moves counted_at; otherwise the stored value (with its microseconds) stays as it is.
    const counted = s.countedAtMs !== null && s.countedAtMs !== s.countedBefore ? new Date(s.countedAtMs).toISOString() : null;
    return { variant_id, store_id, on_hand: s.onHand, counted_at: counted };
  });
  if (changed.length) {
    await tx.execute(sql`
      UPDATE stock st SET on_hand = x.on_hand, counted_at = coalesce(x.counted_at, st.counted_at), updated_at = now()
      FROM json_to_recordset(${JSON.stringify(changed)}::json) AS x(variant_id int, store_id int, on_hand int, counted_at timestamptz)
      WHERE st.variant_id = x.variant_id AND st.store_id = x.store_id`);
  }
  const eventKeys = (list: Resolved[]) => JSON.stringify(list.map((e) => ({ source: e.source, event_id: e.id })));
  if (stale.length) {
    await tx.execute(sql`
      UPDATE stock_events se SET outcome = 'stale'
      FROM json_to_recordset(${eventKeys(stale)}::json) AS x(source text, event_id text)
      WHERE se.source = x.source AND se.event_id = x.event_id`);
  }
  if (rejected.length) {
    // Not recorded: once the reservations are settled, the same event may be sent again and apply.
    await tx.execute(sql`
      DELETE FROM stock_events se USING json_to_recordset(${eventKeys(rejected)}::json) AS x(source text, event_id text)
      WHERE se.source = x.source AND se.event_id = x.event_id`);
  }
  const untouched = created.filter((c) => !states.get(keyOf(c.variant_id, c.store_id))?.changed);
  if (untouched.length) {
    // A row created only for events that were then refused: "not carried" stays distinguishable from "0 here".
    await tx.execute(sql`
      DELETE FROM stock st USING json_to_recordset(${JSON.stringify(untouched)}::json) AS x(variant_id int, store_id int)
      WHERE st.variant_id = x.variant_id AND st.store_id = x.store_id`);
  }
  return out;
}
