"use client";

import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "use-intl";
import type { StyleDetail } from "@/lib/domain/catalog/types";
import type { StoreMatrix } from "@/lib/domain/stock/types";
import { FigureAge } from "./figure-age";
import { gridHref } from "./grid-href";

/** Sizes x colours in this store: available units, with reserved units on demand. */
export function StoreMatrixTable({ style, matrix, selectedColour, selectedSize, timeZone = "Europe/Madrid" }: {
  style: StyleDetail;
  matrix: StoreMatrix;
  selectedColour: string;
  selectedSize?: string;
  timeZone?: string;
}) {
  const t = useTranslations("stock");
  const [showReserved, setShowReserved] = useState(false);
  const cell = new Map(matrix.cells.map((c) => [`${c.colour}|${c.size}`, c]));
  return (
    <section aria-labelledby="here-title" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <h2 id="here-title" className="text-xl font-semibold">
          {t("inThisStore")}
        </h2>
        <FigureAge asOf={matrix.asOf} stale={matrix.stale} timeZone={timeZone} />
        <label className="ml-auto inline-flex min-h-11 cursor-pointer items-center gap-2 text-base">
          <input type="checkbox" className="h-6 w-6" checked={showReserved} onChange={(e) => setShowReserved(e.target.checked)} />
          {t("showReserved")}
        </label>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full border-separate border-spacing-1 text-center">
          <caption className="sr-only">{t("matrixCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="text-left text-sm text-slate-700">
                {t("colour")}
              </th>
              {style.sizes.map((s) => (
                <th key={s} scope="col" className={`min-w-11 text-sm ${s === selectedSize ? "text-brand-700 underline" : "text-slate-700"}`}>
                  {s}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {style.colours.map((c) => (
              <tr key={c.name}>
                <th scope="row" className={`whitespace-nowrap pr-2 text-left text-base ${c.name === selectedColour ? "font-bold" : "font-medium"}`}>
                  <span aria-hidden className="mr-2 inline-block h-4 w-4 rounded-full align-middle ring-1 ring-slate-400" style={{ backgroundColor: c.hex }} />
                  {c.name}
                </th>
                {style.sizes.map((s) => {
                  const x = cell.get(`${c.name}|${s}`);
                  const carried = c.variants.some((v) => v.size === s);
                  if (!carried) return <td key={s} className="text-slate-400">·</td>;
                  const available = x?.available ?? 0;
                  const selected = c.name === selectedColour && s === selectedSize;
                  return (
                    <td key={s} className="p-0">
                      <Link
                        href={gridHref({ colour: c.name, size: s })}
                        scroll={false}
                        aria-label={t("cellLabel", { colour: c.name, size: s, count: available })}
                        className={`flex min-h-11 min-w-11 flex-col items-center justify-center rounded-lg text-base font-semibold ${
                          selected ? "ring-2 ring-brand-700" : ""
                        } ${available > 0 ? "bg-emerald-50 text-emerald-900" : "bg-slate-100 text-slate-600"}`}
                      >
                        {available > 0 ? available : "–"}
                        {showReserved ? <span className="text-xs font-normal text-slate-700">{t("onHandReserved", { onHand: x?.onHand ?? 0, reserved: x?.reserved ?? 0 })}</span> : null}
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
