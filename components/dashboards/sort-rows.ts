import { toCsv } from "@/lib/domain/dashboards/rules";

/** A table cell as shown (display) and as ordered (sort); null sorts last in either direction. */
export type Cell = { display: string; sort: number | string | null };
export type TableRow = { id: string; cells: Cell[] };
export type SortDir = "ascending" | "descending";
export type SortState = { column: number; dir: SortDir } | null;

/** Rows ordered by one column; ties keep their original order. */
export function sortRows(rows: TableRow[], sort: SortState): TableRow[] {
  if (!sort) return rows;
  const sign = sort.dir === "ascending" ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      const x = a.row.cells[sort.column]?.sort ?? null;
      const y = b.row.cells[sort.column]?.sort ?? null;
      if (x === y) return a.i - b.i;
      if (x === null) return 1;
      if (y === null) return -1;
      const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
      return c === 0 ? a.i - b.i : sign * c;
    })
    .map((r) => r.row);
}

/** A first click orders figures biggest first and words A to Z; clicking the same column again flips it. */
export function nextSort(current: SortState, column: number, numeric: boolean): SortState {
  if (current?.column === column) return { column, dir: current.dir === "ascending" ? "descending" : "ascending" };
  return { column, dir: numeric ? "descending" : "ascending" };
}

/** The table as on screen: the headers and every cell's displayed text, in the displayed order. */
export function tableCsv(headers: string[], rows: TableRow[]): string {
  if (rows.length === 0) return toCsv([Object.fromEntries(headers.map((h) => [h, null]))]).split("\r\n")[0]! + "\r\n";
  return toCsv(rows.map((r) => Object.fromEntries(headers.map((h, i) => [h, r.cells[i]?.display ?? ""]))));
}
