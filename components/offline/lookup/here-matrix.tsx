"use client";

import { useTranslations } from "use-intl";
import { AvailableCell, SizeHead } from "./cells";
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
          <SizeHead first={t("colour")} sizes={view.sizes} size={size} />
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
                  return <AvailableCell key={s} available={available} label={t("cellLabel", { colour: c.name, size: s, count: available })} marked={c.name === colour && s === size} />;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
