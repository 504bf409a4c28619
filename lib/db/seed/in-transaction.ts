import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type DbOrTx, type Tx } from "@/lib/db/client";

export type ChunkOptions = { skipForeignKeyChecks: boolean };

/**
 * A transaction (or a savepoint inside the caller's) for one chunk of the load. Seed data can be
 * regenerated, so commits need not wait for the disk flush. Foreign-key checks are two thirds of the
 * insert time; the generator builds consistent keys by construction (and the tests check them), so
 * where allowed they are skipped the way pg_restore --disable-triggers does.
 */
export function inTransaction<T>(db: DbOrTx, fn: (tx: Tx) => Promise<T>, opts?: ChunkOptions): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL synchronous_commit = off`);
    if (opts?.skipForeignKeyChecks) await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    return fn(tx);
  });
}

/** session_replication_role needs a superuser: true on PGlite and a local server, usually false on managed Postgres. */
export async function canSkipForeignKeyChecks(db: DbOrTx): Promise<boolean> {
  const [row] = rowsOf<{ su: string }>(await db.execute(sql`SELECT current_setting('is_superuser') AS su`));
  return row?.su === "on";
}
