import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Db, type Tx } from "@/lib/db/client";
import { intArrayLiteral } from "@/lib/db/bulk-insert";
import { catalogueFingerprint, buildSimilarity } from "./build-similarity";
import { countCoPurchases } from "./count-co-purchases";
import { materialiseNeighbours } from "./materialise-neighbours";
import { CUSTOMER_WINDOW_DAYS, RANKING, WEIGHT_EPOCH_MS } from "./ranking";
import { clearServingCache } from "./serving-cache";

// Any fixed 64-bit number: builds from a cron, a script and a test never interleave.
const BUILD_LOCK = 4_646_572_617_080;

export type BuildOptions = {
  /** Recount everything from the first sale (otherwise only sales newer than the watermark are added). */
  full?: boolean;
  /** Learn only from sales before this instant (offline evaluation); implies a full build. */
  salesBefore?: Date;
};

export type BuildReport = {
  mode: "full" | "incremental" | "unchanged";
  sales: number;
  lines: number;
  /** Styles whose co-purchase lists were re-ranked. */
  restyled: number;
  coRows: number;
  similarRebuilt: boolean;
  similarRows: number;
  watermark: number;
  ms: number;
  /** Where the time went: counting steps, re-ranking, similarity. */
  stepsMs: Record<string, number>;
};

type State = { watermark: number; catalogue: string | null; config: string | null };

/** Everything the counts depend on: change any of it and the next build starts over. */
function configKey(salesBefore: Date | null): string {
  const { pairTauDays, popularityTauDays } = RANKING;
  return JSON.stringify({ v: 1, epoch: WEIGHT_EPOCH_MS, pairTauDays, popularityTauDays, window: CUSTOMER_WINDOW_DAYS, salesBefore: salesBefore?.toISOString() ?? null });
}

async function readState(tx: Tx): Promise<State> {
  const rows = rowsOf<{ key: string; value: unknown }>(await tx.execute(sql`SELECT key, value FROM rec_state`));
  const get = (k: string) => rows.find((r) => r.key === k)?.value;
  return { watermark: Number(get("watermark") ?? 0), catalogue: (get("catalogue") as string | undefined) ?? null, config: (get("config") as string | undefined) ?? null };
}

async function writeState(tx: Tx, key: string, value: string | number): Promise<void> {
  await tx.execute(sql`
    INSERT INTO rec_state (key, value, updated_at) VALUES (${key}, ${JSON.stringify(value)}::jsonb, now())
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`);
}

/**
 * The last sale line every committed sale is below. A till transaction takes its line ids and holds its row lock until
 * commit, so a lower id can commit after a higher one; SHARE mode waits those out (a moment) before reading the max.
 */
async function settledHorizon(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL lock_timeout = '10s'`);
    await tx.execute(sql`LOCK TABLE sale_lines IN SHARE MODE`);
    const [row] = rowsOf<{ h: string | number | null }>(await tx.execute(sql`SELECT max(id) AS h FROM sale_lines`));
    return Number(row?.h ?? 0);
  });
}

/**
 * The recommendation job: adds new sales to the co-purchase counts, re-ranks the neighbour lists of the styles they
 * touch, and rebuilds the similar lists when the catalogue changed. Idempotent (a second run finds nothing new and
 * writes nothing) and incremental by default; `full` recounts from scratch. One transaction, so serving reads either
 * the old lists or the new ones.
 */
export async function buildRecommendations(db: Db, opts: BuildOptions = {}): Promise<BuildReport> {
  const started = performance.now();
  const salesBefore = opts.salesBefore ?? null;
  const horizon = await settledHorizon(db);
  const report = await db.transaction(async (tx): Promise<BuildReport> => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${BUILD_LOCK})`);
    // The counting joins are a batch job's: room to hash and sort in memory rather than spill to disk.
    await tx.execute(sql`SET LOCAL work_mem = '64MB'`);
    const state = await readState(tx);
    const config = configKey(salesBefore);
    // A reset database restarts line ids below the watermark: start over rather than skip its sales.
    const full = Boolean(opts.full) || salesBefore !== null || state.config !== config || state.watermark > horizon;
    const after = full ? 0 : state.watermark;
    if (full) await tx.execute(sql`TRUNCATE rec_pair_counts, rec_style_counts, rec_store_popularity`);

    const counted = horizon > after || full ? await countCoPurchases(tx, { afterLineId: after, upToLineId: horizon, salesBefore }) : null;
    const stepsMs: Record<string, number> = { ...(counted?.stepsMs ?? {}) };
    let t = performance.now();
    let restyled = 0;
    let coRows = 0;
    if (full) {
      const r = await materialiseNeighbours(tx, null);
      [restyled, coRows] = [r.styles, r.rows];
    } else if (counted && counted.touched.length > 0) {
      const touched = intArrayLiteral(Int32Array.from(counted.touched));
      const partners = rowsOf<{ id: number }>(await tx.execute(sql`SELECT DISTINCT other_style_id AS id FROM rec_pair_counts WHERE style_id = ANY(${touched}::int[])`));
      const r = await materialiseNeighbours(tx, [...counted.touched, ...partners.map((p) => Number(p.id))]);
      [restyled, coRows] = [r.styles, r.rows];
    }

    stepsMs.rerank = Math.round(performance.now() - t);
    t = performance.now();
    const fingerprint = await catalogueFingerprint(tx);
    const similarRebuilt = full || fingerprint !== state.catalogue;
    const similar = similarRebuilt ? await buildSimilarity(tx) : { rows: 0 };
    stepsMs.similar = Math.round(performance.now() - t);

    // State is written only when it moves, so a run that finds nothing new leaves every table as it was.
    if (state.watermark !== horizon || full) await writeState(tx, "watermark", horizon);
    if (fingerprint !== state.catalogue) await writeState(tx, "catalogue", fingerprint);
    if (config !== state.config) await writeState(tx, "config", config);

    const changed = full || (counted?.lines ?? 0) > 0 || similarRebuilt;
    return {
      mode: full ? "full" : changed ? "incremental" : "unchanged",
      sales: counted?.sales ?? 0,
      lines: counted?.lines ?? 0,
      restyled,
      coRows,
      similarRebuilt,
      similarRows: similar.rows,
      watermark: horizon,
      ms: Math.round(performance.now() - started),
      stepsMs,
    };
  });
  // Lists this process served from memory are now stale; other processes catch up within the cache's minute.
  if (report.mode !== "unchanged") clearServingCache(db);
  return report;
}
