import { getT } from "@/lib/i18n/server";
import { SelectField } from "@/components/ui/select-field";
import { RunSizeField } from "@/components/flows/runner/run-size-field";

/** Price bands in cents (upper bound exclusive). */
export const PRICE_BANDS: Record<string, { min?: number; max?: number }> = {
  "0-50": { max: 5000 },
  "50-100": { min: 5000, max: 10000 },
  "100-150": { min: 10000, max: 15000 },
  "150+": { min: 15000 },
};

type Values = { category?: string; colour?: string; size?: string; price?: string };

/** A plain GET form: works by touch, by keyboard, and before any JavaScript has loaded. */
export async function SearchFiltersForm({ q, values, facets }: { q: string; values: Values; facets: { categories: string[]; colours: string[] } }) {
  const t = await getT();
  const any = { value: "", label: t("search.any") };
  const list = (items: string[]) => [any, ...items.map((c) => ({ value: c, label: c }))];
  return (
    <form method="get" action="/search" className="flex flex-wrap items-end gap-3 rounded-2xl bg-white p-4 ring-1 ring-slate-200">
      <input type="hidden" name="q" value={q} />
      <SelectField label={t("search.category")} name="category" defaultValue={values.category ?? ""} options={list(facets.categories)} />
      <SelectField label={t("search.colour")} name="colour" defaultValue={values.colour ?? ""} options={list(facets.colours)} />
      <RunSizeField className="w-32" label={t("search.sizeHere")} name="size" defaultValue={values.size} maxLength={12} />
      <SelectField
        label={t("search.price")}
        name="price"
        defaultValue={values.price ?? ""}
        options={[any, ...Object.keys(PRICE_BANDS).map((b) => ({ value: b, label: t(`search.bands.${b as "0-50"}`) }))]}
      />
      <button type="submit" className="min-h-12 rounded-xl bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
        {t("search.apply")}
      </button>
    </form>
  );
}
