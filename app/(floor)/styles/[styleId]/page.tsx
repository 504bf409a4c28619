import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { requirePageActor } from "@/lib/auth/session";
import { workingStoreId } from "@/lib/auth/scope";
import { getStyle } from "@/lib/domain/catalog/get-style";
import { getStoreMatrix } from "@/lib/domain/stock/store-matrix";
import { getStoresGrid } from "@/lib/domain/stock/stores-grid";
import { GRID_STORES_MAX } from "@/lib/domain/stock/schemas";
import { getLocale, getT } from "@/lib/i18n/server";
import { StyleSummary } from "@/components/catalog/style-summary";
import { StoreMatrixTable } from "@/components/stock/store-matrix-table";
import { StoresGridSection } from "@/components/stock/stores-grid-section";
import { ViewTracker } from "@/components/stock/view-tracker";
import { PickStore } from "@/components/shell/pick-store";
import { LazyStyleSuggestions as StyleSuggestions } from "@/components/suggestions/lazy-suggestions";

const params = z.object({ styleId: z.coerce.number().int().positive() });
const search = z.object({
  colour: z.string().max(60).optional(),
  size: z.string().max(12).optional(),
  only: z.enum(["1"]).optional(),
  radius: z.coerce.number().int().positive().max(5000).optional().catch(undefined),
  stores: z.enum(["all"]).optional().catch(undefined),
});

type Props = { params: Promise<Record<string, string>>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params: p }: Props): Promise<Metadata> {
  const parsed = params.safeParse(await p);
  const style = parsed.success ? await getStyle(await getDb(), parsed.data.styleId) : null;
  return { title: style?.name ?? (await getT())("stock.styleTitle") };
}

/** The style screen: this store's sizes x colours, and which nearby stores have the size now. */
export default async function StylePage({ params: p, searchParams: sp }: Props) {
  const actor = await requirePageActor("stock:read");
  const parsed = params.safeParse(await p);
  if (!parsed.success) notFound();
  const q = search.parse(await sp);
  const db = await getDb();
  const style = await getStyle(db, parsed.data.styleId);
  if (!style) notFound();
  const storeId = workingStoreId(actor);
  if (storeId == null) return <PickStore />;
  const colour = style.colours.find((c) => c.name === q.colour)?.name ?? style.colours[0]?.name ?? "";
  const size = q.size && style.sizes.includes(q.size) ? q.size : undefined;
  const [matrix, grid] = await Promise.all([
    getStoreMatrix(db, { styleId: style.id, storeId }),
    getStoresGrid(db, { styleId: style.id, colour, originStoreId: storeId, size, onlyWithSize: q.only === "1" && !!size, radiusKm: q.radius, limit: q.stores === "all" ? GRID_STORES_MAX : undefined }),
  ]);
  const locale = await getLocale();
  return (
    <div className="flex flex-col gap-6">
      <ViewTracker styleId={style.id} colour={colour} />
      {/* By the space the page has (the conversation guide may take a column), not the screen width. */}
      <div className="grid items-start gap-6 @5xl:grid-cols-[19rem_1fr]">
        <StyleSummary style={style} colour={colour} size={size} locale={locale} />
        <div className="flex min-w-0 flex-col gap-6">
          <StoreMatrixTable style={style} matrix={matrix} selectedColour={colour} selectedSize={size} />
          <StoresGridSection style={style} grid={grid} size={size} onlyWithSize={q.only === "1"} radiusKm={q.radius} allStores={q.stores === "all"} />
          <StyleSuggestions
            styleId={style.id}
            colour={colour}
            size={size}
            storeId={storeId}
            nowhere={grid.storesWithSize === 0}
          />
        </div>
      </div>
    </div>
  );
}
