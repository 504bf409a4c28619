"use client";

import dynamic from "next/dynamic";
import { useEffect, useOptimistic, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "use-intl";
import type { StyleDetail } from "@/lib/domain/catalog/types";
import type { GridStore, StoresGrid } from "@/lib/domain/stock/types";
import { formatPromise } from "@/lib/i18n/format";
import { formatClock, formatDistance, formatLocale } from "@/lib/i18n/format";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { Alert } from "@/components/ui/alert";
import { addLine, useBasket } from "@/lib/basket/basket-store";
import { customerSizeForStyle } from "@/lib/domain/customers/size-for-style";
import { FigureAge } from "./figure-age";
import { gridHref } from "./grid-href";
import type { CellChoice } from "./cell-sheet";
import { emitToolEvent } from "@/lib/flows/tool-events";
import { gridOutcome } from "@/lib/flows/grid-outcome";
import { matchSize } from "@/lib/flows/match-size";
import { useRunAnswers } from "@/lib/flows/runner-context";

// What a tap on a cell opens loads on first use, outside the style screen's first-load JavaScript.
const CellSheet = dynamic(() => import("./cell-sheet").then((m) => m.CellSheet), { ssr: false });
const LostSaleDialog = dynamic(() => import("@/components/lost-sales/lost-sale-dialog").then((m) => m.LostSaleDialog), { ssr: false });

const RADII = [10, 50, 200, 500];
const TZ = "Europe/Madrid";

function OpenState({ store }: { store: GridStore }) {
  const t = useTranslations("stock");
  const locale = useLocale();
  if (store.open) return <span className="text-emerald-800">{store.closesAt ? t("openUntil", { time: formatClock(store.closesAt, locale, TZ) }) : t("open")}</span>;
  if (!store.nextOpen) return <span className="text-slate-700">{t("closed")}</span>;
  const when = new Intl.DateTimeFormat(formatLocale(locale), { weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TZ }).format(new Date(store.nextOpen));
  return <span className="text-slate-700">{t("closedOpens", { when })}</span>;
}

/** For the chosen colour: stores (nearest first) x sizes, so the associate sees at a glance who has her size. */
type Props = { style: StyleDetail; grid: StoresGrid; size?: string; onlyWithSize: boolean; radiusKm?: number; allStores: boolean };

export function StoresGridSection({ style, grid, size, onlyWithSize, radiusKm, allStores }: Props) {
  const t = useTranslations("stock");
  const locale = useLocale();
  const router = useRouter();
  const [choice, setChoice] = useState<CellChoice | null>(null);
  const [lostSale, setLostSale] = useState<{ size?: string } | null>(null);
  const [addedBest, setAddedBest] = useState(false);
  const customer = useBasket().customer;
  const customerSize = customer.id ? customerSizeForStyle(style, customer.sizes) : undefined;
  // The size the customer gave the conversation guide today comes before the one on file.
  const startSize = matchSize(style.sizes, useRunAnswers().size) ?? customerSize;
  // No store at all (this one included) has the size: say so plainly, next to the lost-sale button.
  const nowhere = grid.storesWithSize === 0;
  // "Best store" needs a size that some store other than this one can ship.
  const bestVariant = size && grid.stores.some((s) => !s.isHere && s.canShip && s.cells.some((c) => c.size === size && c.available > 0))
    ? style.colours.find((c) => c.name === grid.colour)?.variants.find((v) => v.size === size)
    : undefined;
  // The filters show the tap at once; the grid follows when the server answers.
  const [view, setView] = useOptimistic({ size, only: onlyWithSize, radius: radiusKm, all: allStores });
  const [, startTransition] = useTransition();
  const go = (next: Partial<{ size: string; only: boolean; radius: number; all: boolean }>) =>
    startTransition(() => {
      const state = { ...view, ...next };
      setView(state);
      router.push(gridHref({ colour: grid.colour, ...state }), { scroll: false });
    });
  // The customer being served has a known size for this kind of item: start the grid there, once.
  useEffect(() => {
    if (!size && startSize) go({ size: startSize });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the style or customer changes
  }, [style.id, startSize]);
  const outcome = gridOutcome(grid, size);
  useEffect(() => emitToolEvent({ action: "open_stores_grid", ...(outcome ? { outcome } : {}), ...(size ? { data: { size } } : {}) }), [style.id, grid.colour, size, outcome]);

  return (
    <section aria-labelledby="grid-title" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <div className="mb-4 flex flex-wrap items-end gap-4">
        <div>
          <h2 id="grid-title" className="text-xl font-semibold">
            {t("nearbyTitle", { colour: grid.colour })}
          </h2>
          <FigureAge asOf={grid.asOf} stale={grid.stale} timeZone={TZ} />
        </div>
        <SelectField
          label={t("customerSize")}
          value={view.size ?? ""}
          onChange={(e) => go({ size: e.target.value || undefined })}
          options={[{ value: "", label: t("anySize") }, ...style.sizes.map((s) => ({ value: s, label: s }))]}
          hint={customerSize && customer.name ? t("sizeOf", { name: customer.name, size: customerSize }) : undefined}
        />
        <label className={`inline-flex min-h-12 items-center gap-2 text-base ${view.size ? "" : "opacity-60"}`}>
          <input type="checkbox" className="h-6 w-6" disabled={!view.size} checked={view.only && !!view.size} onChange={(e) => go({ only: e.target.checked })} />
          {t("onlyWithSize")}
        </label>
        <SelectField
          label={t("radius")}
          value={view.radius ?? ""}
          onChange={(e) => go({ radius: e.target.value ? Number(e.target.value) : undefined })}
          options={[{ value: "", label: t("anyDistance") }, ...RADII.map((r) => ({ value: r, label: t("withinKm", { km: r }) }))]}
        />
        <div className="ml-auto flex flex-wrap gap-2">
        {bestVariant ? (
          <Button
            onClick={() => {
              addLine({ kind: "ship", variantId: bestVariant.variantId, qty: 1, source: "best", label: { styleName: style.name, colour: grid.colour, size: bestVariant.size, sku: bestVariant.sku, priceCents: bestVariant.priceCents } });
              setAddedBest(true);
            }}
          >
            {t("bestSource")}
          </Button>
        ) : null}
        <Button variant="secondary" onClick={() => setLostSale({ size })}>
          {t("logLostSale")}
        </Button>
        </div>
      </div>
      {addedBest ? (
        <Alert tone="success" className="mb-3">
          {t("addedBest")}{" "}
          <Link href="/order" className="font-semibold underline">
            {t("openOrder")}
          </Link>
        </Alert>
      ) : null}
      {nowhere ? (
        <p role="status" className="mb-3 rounded-xl bg-amber-50 p-4 text-base text-amber-950 ring-1 ring-amber-300">
          {t("nowhereWithSize", { size: size ?? "", colour: grid.colour })}
        </p>
      ) : null}
      {grid.stores.length === 0 ? (
        <p role="status" className="rounded-xl bg-slate-100 p-4 text-base">
          {t("noStores")}
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-separate border-spacing-y-1 text-left">
            <caption className="sr-only">{t("gridCaption", { colour: grid.colour })}</caption>
            <thead>
              <tr className="text-sm text-slate-700">
                <th scope="col">{t("store")}</th>
                <th scope="col">{t("delivery")}</th>
                {grid.sizes.map((s) => (
                  <th key={s.size} scope="col" className={`min-w-11 text-center ${s.size === size ? "text-brand-700 underline" : ""}`}>
                    {s.size}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {grid.stores.map((store) => (
                <tr key={store.storeId} data-store={store.code} className={store.isHere ? "bg-brand-50" : ""}>
                  <th scope="row" className="min-w-56 py-1 pr-3 align-top font-normal">
                    <span className="block text-base font-semibold">
                      {store.name} {store.isHere ? <span className="text-sm font-normal text-brand-800">({t("here")})</span> : null}
                    </span>
                    <span className="block text-sm text-slate-700">
                      {store.isHere ? store.city : `${formatDistance(store.distanceKm, locale)} · ${store.city}`} · <OpenState store={store} />
                    </span>
                    <a href={`tel:${store.phone}`} className="text-sm text-slate-700 underline">
                      {store.phone}
                    </a>
                  </th>
                  <td className="min-w-36 pr-2 align-top text-sm">
                    {store.promiseDate ? t("arrives", { date: formatPromise(store.promiseDate, locale) }) : <span className="text-slate-600">{t("doesNotShip")}</span>}
                  </td>
                  {store.cells.map((c) => (
                    <td key={c.size} className="p-0 text-center">
                      <button
                        type="button"
                        onClick={() => setChoice({ store, cell: c })}
                        aria-label={t("gridCellLabel", { store: store.name, size: c.size, count: c.available })}
                        className={`min-h-11 w-full min-w-11 rounded-lg text-base font-semibold ${c.size === size ? "ring-2 ring-brand-700" : ""} ${
                          c.available > 0 ? "bg-emerald-50 text-emerald-900 hover:bg-emerald-100" : "bg-slate-100 text-slate-600 hover:bg-slate-200"
                        }`}
                      >
                        {c.available > 0 ? c.available : "–"}
                      </button>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {grid.totalStores > grid.stores.length ? (
            <div className="mt-3 flex flex-wrap items-center gap-3">
              <p className="text-base text-slate-700">{t("nearestOf", { shown: grid.stores.length, total: grid.totalStores })}</p>
              <Button variant="secondary" onClick={() => go({ all: true })}>
                {t("showAllStores")}
              </Button>
            </div>
          ) : null}
        </div>
      )}
      <CellSheet
        style={style}
        choice={choice}
        colour={grid.colour}
        onClose={() => setChoice(null)}
        onLostSale={(cellSize) => {
          setChoice(null);
          setLostSale({ size: cellSize });
        }}
      />
      {lostSale ? <LostSaleDialog onClose={() => setLostSale(null)} styleId={style.id} colour={grid.colour} size={lostSale.size} sizes={style.sizes} /> : null}
    </section>
  );
}
