import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";

/**
 * Bulk inserts as `INSERT ... SELECT FROM unnest($1::int[], $2::text[], ...)`: one statement and one
 * parameter per column whatever the row count. Arrays travel as Postgres array literals built here, so
 * PGlite and node-postgres receive byte-identical text and neither driver's array encoding matters.
 */
export type PgType = "int" | "bigint" | "text" | "uuid" | "timestamptz" | "date" | "jsonb" | "bool" | "float8";
export type Cell = string | number | boolean | null;
export type Column<T> = [name: string, type: PgType, get: (row: T) => Cell];

function element(v: Cell): string {
  if (v === null) return "NULL";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error(`cannot store ${v}`);
    return String(v);
  }
  if (typeof v === "boolean") return v ? "t" : "f";
  return `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

export function arrayLiteral(values: ArrayLike<Cell>): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) parts[i] = element(values[i] ?? null);
  return `{${parts.join(",")}}`;
}

/** Int32Array.join is far quicker than mapping numbers one by one: stock has ~10^7 of them. */
export function intArrayLiteral(values: Int32Array): string {
  return `{${values.join(",")}}`;
}

// jsonb cannot be unnested straight from a text literal of objects; it travels as text[] and is cast per row.
const ARRAY_TYPE: Record<PgType, string> = {
  int: "int[]", bigint: "bigint[]", text: "text[]", uuid: "uuid[]", timestamptz: "timestamptz[]",
  date: "date[]", jsonb: "text[]", bool: "bool[]", float8: "float8[]",
};

type ArrayColumn = { name: string; type: PgType; literal: string };
type ConstColumn = { name: string; type: PgType; value: Cell };

/** INSERT INTO table (...) SELECT ... FROM unnest(...): array columns, plus columns fixed for every row. */
export async function insertArrays(db: DbOrTx, table: string, arrays: ArrayColumn[], constants: ConstColumn[] = []): Promise<void> {
  const names = [...arrays.map((c) => c.name), ...constants.map((c) => c.name)].map((n) => `"${n}"`).join(", ");
  const select: SQL[] = arrays.map((c, i) => sql.raw(c.type === "jsonb" ? `t.c${i}::jsonb` : `t.c${i}`));
  for (const c of constants) select.push(sql`${c.value}::${sql.raw(c.type)}`);
  const unnest: SQL[] = arrays.map((c) => sql`${c.literal}::${sql.raw(ARRAY_TYPE[c.type])}`);
  const alias = arrays.map((_, i) => `c${i}`).join(", ");
  await db.execute(
    sql`INSERT INTO ${sql.raw(`"${table}"`)} (${sql.raw(names)}) SELECT ${sql.join(select, sql`, `)} FROM unnest(${sql.join(unnest, sql`, `)}) AS t(${sql.raw(alias)})`,
  );
}

/** Rows of objects, inserted `chunk` rows per statement. */
export async function bulkInsert<T>(db: DbOrTx, table: string, columns: Column<T>[], rows: readonly T[], chunk = 20_000): Promise<void> {
  for (let from = 0; from < rows.length; from += chunk) {
    const part = rows.slice(from, from + chunk);
    const arrays = columns.map(([name, type, get]) => ({ name, type, literal: arrayLiteral(part.map(get)) }));
    await insertArrays(db, table, arrays);
  }
}
