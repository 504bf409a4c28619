"use client";

import { useId, useMemo, useState } from "react";
import { useTranslations } from "use-intl";
import { nextSort, sortRows, tableCsv, type SortState, type TableRow } from "./sort-rows";

export type Column = { label: string; numeric?: boolean };
type Props = { caption: string; columns: Column[]; rows: TableRow[]; fileName: string; emptyText?: string; note?: string };

/** A dashboard table: sorted by any column (click or keyboard), exported as CSV exactly as shown. */
export function SortableTable({ caption, columns, rows, fileName, emptyText, note }: Props) {
  const t = useTranslations("dashboards");
  const id = useId();
  const [sort, setSort] = useState<SortState>(null);
  const shown = useMemo(() => sortRows(rows, sort), [rows, sort]);

  function download() {
    const blob = new Blob([tableCsv(columns.map((c) => c.label), shown)], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = `${fileName}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    // Revoked later: some browsers read the blob after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  return (
    <section aria-labelledby={id} className="flex min-w-0 flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id={id} className="text-lg font-semibold">
          {caption}
        </h2>
        <button
          type="button"
          onClick={download}
          aria-label={t("csvFor", { table: caption })}
          className="ml-auto inline-flex min-h-12 items-center rounded-xl px-4 font-semibold text-brand-800 ring-1 ring-slate-300 hover:bg-slate-100"
        >
          {t("csv")}
        </button>
      </div>
      {note ? <p className="text-sm text-slate-700">{note}</p> : null}
      {rows.length === 0 ? (
        <p className="text-slate-700">{emptyText ?? t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table aria-labelledby={id} className="w-full text-left text-base">
            <thead>
              <tr className="border-b border-slate-200 text-sm text-slate-700">
                {columns.map((c, i) => {
                  const dir = sort?.column === i ? sort.dir : undefined;
                  return (
                    <th key={c.label} scope="col" aria-sort={dir} className={c.numeric ? "text-right" : undefined}>
                      <button
                        type="button"
                        onClick={() => setSort((s) => nextSort(s, i, !!c.numeric))}
                        className={`inline-flex min-h-12 items-center gap-1 rounded-lg px-2 font-semibold hover:bg-slate-100 ${c.numeric ? "flex-row-reverse" : ""}`}
                      >
                        {c.label}
                        <span aria-hidden="true" className="w-3 text-xs">
                          {dir === "ascending" ? "▲" : dir === "descending" ? "▼" : "↕"}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.id} className="border-b border-slate-100 last:border-0">
                  {r.cells.map((cell, i) => (
                    <td key={columns[i]?.label ?? i} className={`px-2 py-2 ${columns[i]?.numeric ? "text-right tabular-nums" : ""}`}>
                      {cell.display}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
