import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { requirePageActor } from "@/lib/auth/session";
import { workingStoreId } from "@/lib/auth/scope";
import { searchStyles } from "@/lib/domain/catalog/search-styles";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatPrice } from "@/lib/i18n/format";
import { StyleImage } from "@/components/catalog/style-image";
import { SearchFiltersForm, PRICE_BANDS } from "@/components/catalog/search-filters-form";
import { styleHref } from "@/components/catalog/style-href";
import { PickStore } from "@/components/shell/pick-store";
import { EmitToolEvent } from "@/components/flows/runner/emit-tool-event";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("search.title") };
}

const schema = z.object({
  q: z.string().trim().max(100).catch(""),
  category: z.string().max(60).optional().catch(undefined),
  colour: z.string().max(60).optional().catch(undefined),
  size: z.string().max(12).optional().catch(undefined),
  price: z.enum(Object.keys(PRICE_BANDS) as [string, ...string[]]).optional().catch(undefined),
});

/** Full results with the filters associates use: category, colour, size available here, price band. */
export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("catalog:read");
  const storeId = workingStoreId(actor);
  if (storeId == null) return <PickStore />;
  const input = schema.parse(await searchParams);
  const t = await getT();
  const locale = await getLocale();
  const band = input.price ? PRICE_BANDS[input.price] : undefined;
  const filters = { category: input.category || undefined, colour: input.colour || undefined, size: input.size || undefined, priceMinCents: band?.min, priceMaxCents: band?.max };
  const result = input.q.length >= 1 ? await searchStyles(await getDb(), { q: input.q, storeId, filters, limit: 40 }) : null;
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{input.q ? t("search.resultsFor", { q: input.q }) : t("search.title")}</h1>
      <SearchFiltersForm q={input.q} values={{ ...filters, price: input.price }} facets={result?.facets ?? { categories: [], colours: [] }} />
      {result && result.hits.length === 0 ? <p role="status" className="rounded-xl bg-white p-5 text-lg ring-1 ring-slate-200">{t("catalog.noResults", { q: input.q })}</p> : null}
      {result && result.hits.length > 0 ? <EmitToolEvent key={JSON.stringify(input)} event={{ action: "search" }} /> : null}
      <ul className="grid grid-cols-2 gap-4 md:grid-cols-3 xl:grid-cols-4">
        {result?.hits.map((hit) => (
          <li key={hit.styleId}>
            <Link href={styleHref(hit.styleId, hit.matched?.colour ?? filters.colour, hit.matched?.size ?? filters.size)} className="flex h-full flex-col gap-2 rounded-2xl bg-white p-3 shadow-sm ring-1 ring-slate-200 hover:ring-brand-700">
              <StyleImage src={hit.image} alt="" category={hit.category} hex={hit.colours[0]?.hex ?? "#94a3b8"} className="aspect-square w-full rounded-xl" />
              <span className="font-semibold leading-tight">{hit.name}</span>
              <span className="text-sm text-slate-600">
                {hit.brand} · {hit.code}
              </span>
              <span className="mt-auto flex items-center justify-between">
                <span className="font-semibold">{formatPrice(hit.priceCents, locale)}</span>
                <span className={`text-sm ${hit.availableHere > 0 ? "text-emerald-800" : "text-slate-600"}`}>
                  {hit.availableHere > 0 ? t("catalog.availableHere", { count: hit.availableHere }) : t("catalog.noneHere")}
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
