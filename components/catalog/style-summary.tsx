import Link from "next/link";
import type { StyleDetail } from "@/lib/domain/catalog/types";
import { formatPrice } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { StyleImage } from "./style-image";
import { gridHref } from "@/components/stock/grid-href";

/** Photo, price and the words an associate needs to talk about the product. */
export async function StyleSummary({ style, colour, size, locale }: { style: StyleDetail; colour: string; size?: string; locale: string }) {
  const t = await getT();
  const swatch = style.colours.find((c) => c.name === colour) ?? style.colours[0];
  // Beside the stock (a wide page): a column. Above it (a narrow page, or the guide open): photo left, words right.
  return (
    <section aria-labelledby="style-name" className="grid grid-cols-[10rem_1fr] items-start gap-x-5 gap-y-2 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200 @5xl:flex @5xl:flex-col @5xl:gap-3">
      <StyleImage src={style.images[0]} alt={t("stock.photoOf", { name: style.name, colour })} category={style.category} hex={swatch?.hex ?? "#94a3b8"} className="row-span-6 aspect-square w-full rounded-xl" />
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-600">{style.brand}</p>
        <h1 id="style-name" className="text-2xl font-bold leading-tight">
          {style.name}
        </h1>
        <p className="text-sm text-slate-600">{style.code}</p>
      </div>
      <p className="text-2xl font-bold">{formatPrice(style.priceCents, locale)}</p>
      <nav aria-label={t("stock.colours")} className="flex flex-wrap gap-2">
        {style.colours.map((c) => (
          <Link
            key={c.name}
            href={gridHref({ colour: c.name, size })}
            scroll={false}
            aria-current={c.name === colour ? "true" : undefined}
            className={`inline-flex min-h-11 items-center gap-2 rounded-full border px-3 text-sm font-semibold ${c.name === colour ? "border-brand-700 ring-2 ring-brand-700" : "border-slate-300"}`}
          >
            <span aria-hidden className="h-5 w-5 rounded-full ring-1 ring-slate-400" style={{ backgroundColor: c.hex }} />
            {c.name}
          </Link>
        ))}
      </nav>
      {style.description ? <p className="text-base text-slate-800">{style.description}</p> : null}
      {style.materials ? (
        <p className="text-sm text-slate-700">
          <span className="font-semibold">{t("stock.materials")}:</span> {style.materials}
        </p>
      ) : null}
      {Object.keys(style.attributes).length ? (
        <ul className="flex flex-wrap gap-2" aria-label={t("stock.attributes")}>
          {Object.entries(style.attributes).map(([k, v]) => (
            <li key={k} className="rounded-full bg-slate-100 px-3 py-1 text-sm text-slate-800">
              {k}: {v}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
