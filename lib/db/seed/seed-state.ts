import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type DbOrTx } from "@/lib/db/client";

/** Empties every application table (migrations are kept). For the seed CLI's --reset. */
export async function resetDatabase(db: DbOrTx): Promise<string[]> {
  const tables = rowsOf<{ tablename: string }>(await db.execute(sql`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).map((t) => t.tablename);
  if (tables.length === 0) return [];
  // TRUNCATE does not fire row triggers, so the append-only consent records go too: this is a full reset.
  await db.execute(sql.raw(`TRUNCATE TABLE ${tables.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`));
  return tables;
}

export async function isSeeded(db: DbOrTx): Promise<boolean> {
  const [row] = rowsOf<{ seeded: boolean }>(await db.execute(sql`SELECT EXISTS (SELECT 1 FROM stores) AS seeded`));
  return Boolean(row?.seeded);
}
