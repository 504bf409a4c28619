import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/lib/db/client";
import { loadChain } from "@/lib/db/seed/load-chain";
import type { ChainScale } from "@/lib/db/seed/params";
import { hashToken } from "@/lib/auth/password";
import { log } from "./util";

/** bench/seed's 500-store chain, with a small customer history (dashboards do not read sales) and 6 associates a store. */
export const DASH_CHAIN: ChainScale = { seed: 1, stores: 500, styles: 2110, customers: 2_000, historyDays: 30, associatesPerStore: 6 };
export const SMOKE_CHAIN: ChainScale = { seed: 1, stores: 12, styles: 60, customers: 50, historyDays: 7, associatesPerStore: 4 };

/** Per-store integration tokens for the ingest run: derived, so a re-run finds the same ones. */
export const storeToken = (storeId: number) => `fwbench_dash_${String(storeId).padStart(4, "0")}_not_a_secret_0123456789`;
export const CHAIN_TOKEN = "fwbench_dash_chain_not_a_secret_0123456789abcdef";

export async function getMeta<T>(db: Db, key: string): Promise<T | null> {
  await db.execute(sql`CREATE TABLE IF NOT EXISTS bench_dash_meta (key text PRIMARY KEY, value jsonb NOT NULL)`);
  const [r] = rowsOf<{ value: T }>(await db.execute(sql`SELECT value FROM bench_dash_meta WHERE key = ${key}`));
  return r?.value ?? null;
}

export async function setMeta(db: Db, key: string, value: unknown) {
  await db.execute(sql`INSERT INTO bench_dash_meta (key, value) VALUES (${key}, ${JSON.stringify(value)}::jsonb)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
}

export type ChainInfo = { stores: number; users: number; devices: number; loadS: number };

/**
 * The chain, staff, tablets and tokens, once: later runs find the "chain" mark and reuse it.
 * Tablets: 2-4 a store, one left unused in every tenth store (so idle-tablet lists have something to show).
 */
export async function ensureChain(db: Db, scale: ChainScale): Promise<ChainInfo> {
  const done = await getMeta<ChainInfo>(db, "chain");
  if (done) return done;
  const [{ n } = { n: 0 }] = rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM stores`));
  if (n > 0) throw new Error("the bench database holds a half-loaded chain: drop it (DROP DATABASE ... WITH (FORCE)) and run again");
  const t = performance.now();
  let last = 0;
  const loaded = await loadChain(db, scale, (p) => {
    if (p.done === p.total || performance.now() - last > 15_000) {
      last = performance.now();
      log(`  load ${p.phase} ${p.done}/${p.total} (${p.rows.toLocaleString("en")} rows)`);
    }
  }, { concurrency: 2 });
  await db.execute(sql`
    INSERT INTO devices (store_id, name, token_hash, registered_at)
    SELECT s.id, 'Tablet ' || k, md5('bench-device-' || s.id || '-' || k), now() - interval '400 days'
    FROM stores s CROSS JOIN LATERAL generate_series(1, 2 + s.id % 3) k`);
  const ids = rowsOf<{ id: number }>(await db.execute(sql`SELECT id FROM stores ORDER BY id`)).map((r) => r.id);
  for (const id of ids) {
    await db.execute(sql`INSERT INTO api_tokens (name, prefix, token_hash, store_id) VALUES (${`Bench store ${id}`}, ${storeToken(id).slice(0, 12)}, ${hashToken(storeToken(id))}, ${id})`);
  }
  await db.execute(sql`INSERT INTO api_tokens (name, prefix, token_hash) VALUES ('Bench chain', ${CHAIN_TOKEN.slice(0, 12)}, ${hashToken(CHAIN_TOKEN)})`);
  const [c] = rowsOf<{ users: number; devices: number }>(
    await db.execute(sql`SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM devices)::int AS devices`),
  );
  const info: ChainInfo = { stores: loaded.counts.stores, users: c!.users, devices: c!.devices, loadS: Math.round((performance.now() - t) / 1000) };
  await setMeta(db, "chain", info);
  return info;
}
