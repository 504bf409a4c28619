import "server-only";
import { statfsSync } from "node:fs";
import { openDatabase, type DbHandle } from "@/lib/db/client";
import { log } from "./util";

export const PG_URL = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

function assertLocal(u: string) {
  const h = new URL(u).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(h)) throw new Error(`Postgres must be local, got ${h}`);
}

export function dbUrl(name: string): string {
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The bench's own database: created on first use and kept, so re-runs skip the chain and the events. */
export async function openBenchDb(name: string, poolSize = 4): Promise<DbHandle> {
  assertLocal(PG_URL);
  const { Client } = await import("pg");
  const admin = new Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) {
      await admin.query(`CREATE DATABASE ${name}`);
      log(`created database ${name}`);
    } else log(`reusing database ${name}`);
  } finally {
    await admin.end();
  }
  return openDatabase({ url: dbUrl(name), poolSize });
}

export async function dropBenchDb(name: string) {
  const { Client } = await import("pg");
  const admin = new Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  log(`dropped database ${name}`);
}

/** Free space on the disk holding this checkout (the Postgres data directory is on the same disk here). */
export function diskFreeGb(path = "/"): { freeGb: number; sizeGb: number } {
  const s = statfsSync(path);
  return { freeGb: Math.round((s.bavail * s.bsize) / 1e9), sizeGb: Math.round((s.blocks * s.bsize) / 1e9) };
}
