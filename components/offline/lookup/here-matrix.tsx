"use client";

import { useTranslations } from "use-intl";
import { stockAt, variantOf, type SnapshotStyle } from "@/lib/offline/snapshot/read";

/** Sizes x colours in this store: available units from the snapshot. A row picks the colour for the stores grid. */
export function HereMatrix({ view, colour, size, onPick }: { view: SnapshotStyle; colour: string; size?: string; onPick: (colour: string) => void }) {
  const t = useTranslations("offlineLookup");
  return (
    <section aria-labelledby="offline-here-title" className="flex flex-col gap-2">
      <h4 id="offline-here-title" className="text-xl font-semibold">
        {t("inThisStore")} · {view.here.name}
      </h4>
      <div className="overflow-x-auto">
        <table className="w-full border-separate border-spacing-1 text-center">
          <caption className="sr-only">{t("matrixCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="text-left text-sm text-slate-700">
                {t("colour")}
              </th>
              {view.sizes.map((s) => (
                <th key={s} scope="col" className={`min-w-11 text-sm ${s === size ? "text-brand-700 underline" : "text-slate-700"}`}>
                  {s}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.style.colours.map((c) => (
              <tr key={c.name}>
                <th scope="row" className="p-0 text-left">
                  <button
                    type="button"
                    onClick={() => onPick(c.name)}
                    aria-pressed={c.name === colour}
                    className={`flex min-h-12 w-full items-center gap-2 whitespace-nowrap rounded-lg px-2 text-base ${c.name === colour ? "bg-brand-50 font-bold" : "font-medium"}`}
                  >
                    <span aria-hidden className="inline-block h-4 w-4 rounded-full ring-1 ring-slate-400" style={{ backgroundColor: c.hex }} />
                    {c.name}
                  </button>
                </th>
                {view.sizes.map((s) => {
                  const variant = variantOf(view, c.name, s);
                  if (!variant) return <td key={s} className="text-slate-500" aria-label={t("notCarried")}>·</td>;
                  const available = stockAt(view, variant.id, view.here.id)?.available ?? 0;
                  return (
                    <td
                      key={s}
                      aria-label={t("cellLabel", { colour: c.name, size: s, count: available })}
                      className={`min-h-12 min-w-11 rounded-lg py-3 text-base font-semibold ${available > 0 ? "bg-emerald-50 text-emerald-900" : "bg-slate-100 text-slate-700"} ${
                        c.name === colour && s === size ? "ring-2 ring-brand-700" : ""
                      }`}
                    >
                      {available > 0 ? available : "0"}
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
