import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { drizzle as drizzlePg, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import * as schema from "./schema";

/** The one database type the app codes against; both drivers speak it. */
export type Db = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export type DbHandle = { db: Db; driver: "pglite" | "postgres"; close: () => Promise<void> };

const MIGRATIONS = path.join(process.cwd(), "drizzle");
const MIGRATION_LOCK = 4_646_572_617_000;

const g = globalThis as unknown as { __fwDb?: Promise<DbHandle>; __fwDbOverride?: DbHandle };

/** Opens a database: a pg pool when a URL is given, otherwise PGlite (a data directory, or memory). Applies migrations. */
export async function openDatabase(opts: { url?: string; pgliteDir?: string; poolSize?: number }): Promise<DbHandle> {
  if (opts.url) {
    const { Pool } = await import("pg");
    const pool = new Pool({ connectionString: opts.url, max: opts.poolSize ?? 10 });
    // Without a listener, an idle client's error (e.g. a server restart) kills the process.
    pool.on("error", (err) => logger().error({ err }, "postgres pool error"));
    const db = drizzlePg(pool, { schema });
    // Several app instances may start together: one migrates while the others wait on this lock.
    const lockClient = await pool.connect();
    try {
      await lockClient.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
      await migratePg(db, { migrationsFolder: MIGRATIONS });
    } finally {
      await lockClient.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
      lockClient.release();
    }
    return { db, driver: "postgres", close: () => pool.end() };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
  const { drizzle: drizzlePglite } = await import("drizzle-orm/pglite");
  const { migrate: migratePglite } = await import("drizzle-orm/pglite/migrator");
  const dir = opts.pgliteDir ?? "memory://";
  if (!dir.startsWith("memory://")) mkdirSync(dir, { recursive: true });
  const client = await PGlite.create(dir, { extensions: { pg_trgm, unaccent } });
  const pdb = drizzlePglite(client, { schema });
  await migratePglite(pdb, { migrationsFolder: MIGRATIONS });
  // Same query builder over a different session: the app only uses the shared PgDatabase surface.
  return { db: pdb as unknown as Db, driver: "pglite", close: () => client.close() };
}

function configFromEnv() {
  const e = env();
  if (e.DATABASE_URL) return { url: e.DATABASE_URL, poolSize: e.DB_POOL_SIZE };
  if (e.PGLITE_DIR === "memory") return { pgliteDir: "memory://" };
  return { pgliteDir: path.resolve(/*turbopackIgnore: true*/ e.PGLITE_DIR ?? path.join(e.DATA_DIR, "pglite")) };
}

/**
 * The process-wide database, opened lazily on first use (never at module load: `next build`
 * starts extra processes, and two processes opening one PGlite directory corrupt it).
 */
export function getDbHandle(): Promise<DbHandle> {
  if (g.__fwDbOverride) return Promise.resolve(g.__fwDbOverride);
  if (!g.__fwDb) {
    g.__fwDb = (async () => {
      const handle = await openDatabase(configFromEnv());
      const { ensureSeeded } = await import("./seed/ensure-seeded");
      await ensureSeeded(handle.db);
      // The conversation flows that ship with the product, installed once (managers edit them from there).
      const { ensureShippedFlows } = await import("@/lib/domain/flows/ensure-shipped-flows");
      await ensureShippedFlows(handle.db);
      // Hold sweeper and email worker, once per process (off under Vitest or with JOBS=off).
      const { startBackgroundJobs } = await import("@/lib/jobs/start-background-jobs");
      startBackgroundJobs(getDb);
      return handle;
    })();
    g.__fwDb.catch(() => {
      g.__fwDb = undefined;
    });
  }
  return g.__fwDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

/** Tests point the app at their own database. */
export function setDbForTests(handle: DbHandle | undefined) {
  g.__fwDbOverride = handle;
}

/** Rows of a raw `db.execute(sql...)` result; both drivers return `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
