"use client";

import { useDeferredValue, useState } from "react";
import { useLocale, useTranslations } from "use-intl";
import { stockAt, variantOf } from "@/lib/offline/snapshot/read";
import type { SnapStore, SnapStyle, SnapVariant } from "@/lib/offline/snapshot/types";
import { formatClock, formatDistance, formatPrice } from "@/lib/i18n/format";
import { useSnapshotSearch, useSnapshotStyle } from "@/components/offline/lookup/use-snapshot";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";

export type PickedItem = { style: SnapStyle; variant: SnapVariant; source: SnapStore };

/** Style, colour, size and the store to send from, all from the snapshot on the tablet (figures with their age). */
export function OfflineItemPicker({ onPick }: { onPick: (item: PickedItem | null) => void }) {
  const t = useTranslations("outbox.offline");
  const locale = useLocale();
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  const [styleId, setStyleId] = useState<number | null>(null);
  const [colour, setColour] = useState("");
  const [size, setSize] = useState("");
  const [sourceId, setSourceId] = useState<number | null>(null);
  const search = useSnapshotSearch(deferred);
  const view = useSnapshotStyle(styleId).data ?? null;

  const variant = view && colour && size ? variantOf(view, colour, size) : undefined;
  const sources = view && variant ? view.stores.filter((s) => s.canShip && (stockAt(view, variant.id, s.id)?.available ?? 0) > 0) : [];
  const source = sources.find((s) => s.id === sourceId) ?? sources[0];

  const choose = (next: { colour?: string; size?: string; sourceId?: number | null }) => {
    const c = next.colour ?? colour;
    const z = next.size ?? size;
    const sid = next.sourceId !== undefined ? next.sourceId : sourceId;
    setColour(c);
    setSize(z);
    setSourceId(sid);
    const v = view && c && z ? variantOf(view, c, z) : undefined;
    const list = view && v ? view.stores.filter((s) => s.canShip && (stockAt(view, v.id, s.id)?.available ?? 0) > 0) : [];
    const s = list.find((x) => x.id === sid) ?? list[0];
    onPick(view && v && s ? { style: view.style, variant: v, source: s } : null);
  };

  if (!view) {
    return (
      <div className="flex flex-col gap-2">
        <label htmlFor="offline-order-q" className="text-sm font-semibold text-slate-800">
          {t("search")}
        </label>
        <input id="offline-order-q" type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" aria-describedby="offline-order-q-hint" className="min-h-12 rounded-xl border border-slate-400 px-4 text-lg" />
        <span id="offline-order-q-hint" className="text-sm text-slate-700">
          {t("searchHint")}
        </span>
        {search.data === null ? <p className="text-slate-700">{t("noSnapshot")}</p> : null}
        {search.data && search.data.hits.length === 0 ? <p className="text-slate-700">{t("noResults")}</p> : null}
        <ul className="flex flex-col gap-2">
          {search.data?.hits.slice(0, 6).map((h) => (
            <li key={h.style.id}>
              <Button variant="secondary" className="w-full justify-between text-left" aria-label={t("pickStyle", { name: h.style.name })} onClick={() => setStyleId(h.style.id)}>
                <span>
                  {h.style.name} · {h.style.brand}
                </span>
                <span>{formatPrice(h.style.priceCents, locale)}</span>
              </Button>
            </li>
          ))}
        </ul>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-lg font-semibold">
          {view.style.name} · {formatPrice(variant?.priceCents ?? view.style.priceCents, locale)}
        </p>
        <span className="rounded-lg bg-amber-100 px-3 py-1 text-sm font-semibold text-amber-950">{t("asOf", { time: formatClock(view.meta.asOf, locale, view.here.timezone) })}</span>
        <Button variant="ghost" className="ml-auto" onClick={() => (setStyleId(null), choose({ colour: "", size: "", sourceId: null }))}>
          {t("changeItem")}
        </Button>
      </div>
      <div className="grid gap-3 md:grid-cols-3">
        <SelectField label={t("colour")} value={colour} onChange={(e) => choose({ colour: e.target.value, sourceId: null })} options={[{ value: "", label: "—" }, ...view.style.colours.map((c) => ({ value: c.name, label: c.name }))]} />
        <SelectField label={t("size")} value={size} onChange={(e) => choose({ size: e.target.value, sourceId: null })} options={[{ value: "", label: "—" }, ...view.sizes.map((s) => ({ value: s, label: s }))]} />
        {sources.length ? (
          <SelectField
            label={t("sourceStore")}
            value={source?.id ?? ""}
            onChange={(e) => choose({ sourceId: Number(e.target.value) })}
            options={sources.map((s) => ({ value: s.id, label: t("sourceOption", { store: s.name, code: s.code, available: stockAt(view, variant!.id, s.id)?.available ?? 0, distance: formatDistance(s.distanceKm, locale) }) }))}
          />
        ) : null}
      </div>
      {variant && sources.length === 0 ? <p className="text-slate-700">{t("noSource")}</p> : null}
    </div>
  );
}
