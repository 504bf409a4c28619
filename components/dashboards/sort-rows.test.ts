import { describe, expect, it } from "vitest";
import { nextSort, sortRows, tableCsv, type TableRow } from "./sort-rows";

const row = (id: string, name: string, n: number | null): TableRow => ({ id, cells: [{ display: name, sort: name }, { display: n == null ? "–" : `${n}%`, sort: n }] });
const rows = [row("a", "Bea", 12), row("b", "Ana", null), row("c", "Carla", 41), row("d", "Dani", 12)];
const ids = (r: TableRow[]) => r.map((x) => x.id);

describe("sorting a dashboard table", () => {
  it("orders figures biggest first on the first click, then smallest first", () => {
    const first = nextSort(null, 1, true);
    expect(first).toEqual({ column: 1, dir: "descending" });
    expect(ids(sortRows(rows, first))).toEqual(["c", "a", "d", "b"]);
    const second = nextSort(first, 1, true);
    expect(ids(sortRows(rows, second))).toEqual(["a", "d", "c", "b"]);
  });
  it("orders words A to Z first, keeps ties in their order and empty figures last", () => {
    const byName = nextSort({ column: 1, dir: "descending" }, 0, false);
    expect(byName).toEqual({ column: 0, dir: "ascending" });
    expect(ids(sortRows(rows, byName))).toEqual(["b", "a", "c", "d"]);
  });
  it("leaves the original order when nothing is sorted", () => {
    expect(sortRows(rows, null)).toBe(rows);
  });
});

describe("CSV of the table on screen", () => {
  it("has the column headers and the displayed text, in the displayed order", () => {
    const csv = tableCsv(["Associate", "Capture rate"], sortRows(rows, { column: 1, dir: "descending" }));
    expect(csv).toBe("Associate,Capture rate\r\nCarla,41%\r\nBea,12%\r\nDani,12%\r\nAna,–\r\n");
  });
  it("quotes commas and defuses formulas through the one shared serializer", () => {
    expect(tableCsv(["Style", "Note"], [{ id: "x", cells: [{ display: "Boot, tall", sort: null }, { display: "=HYPERLINK()", sort: null }] }])).toBe('Style,Note\r\n"Boot, tall",\'=HYPERLINK()\r\n');
  });
  it("gives the headers alone for an empty table", () => {
    expect(tableCsv(["Day", "Sessions"], [])).toBe("Day,Sessions\r\n");
  });
});
