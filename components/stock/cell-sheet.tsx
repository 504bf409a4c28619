"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "use-intl";
import type { StyleDetail } from "@/lib/domain/catalog/types";
import type { GridStore, StockCell } from "@/lib/domain/stock/types";
import type { HoldDto } from "@/lib/domain/holds/schemas";
import { formatPromise } from "@/lib/i18n/format";
import { placeHoldAction } from "@/lib/domain/holds/actions";
import { enqueue } from "@/lib/offline/outbox/enqueue-lazily";
import { submitOrQueue } from "@/lib/offline/outbox/queue-if-offline";
import { addLine } from "@/lib/basket/basket-store";
import { emitToolEvent } from "@/lib/flows/tool-events";
import { formatClock } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

export type CellChoice = { store: GridStore; cell: StockCell };

type Props = { style: StyleDetail; choice: CellChoice | null; colour: string; onClose: () => void; onLostSale: (size: string) => void };

/** One tap on a grid cell: the figures for that store and size, and the next steps from there. */
export function CellSheet({ style, choice, colour, onClose, onLostSale }: Props) {
  const t = useTranslations("stock");
  const locale = useLocale();
  const dialog = useRef<HTMLDialogElement>(null);
  const [added, setAdded] = useState<"ship" | "take_now" | null>(null);
  const [hold, setHold] = useState<HoldDto | null>(null);
  const [holdKey, setHoldKey] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [queued, setQueued] = useState(false);
  const tOutbox = useTranslations("outbox");

  useEffect(() => {
    if (choice && !dialog.current?.open) {
      setAdded(null);
      setHold(null);
      setError(null);
      setQueued(false);
      // One key per hold attempt: a double tap or a retry holds one unit, not two.
      setHoldKey(crypto.randomUUID());
      dialog.current?.showModal();
    }
    if (!choice && dialog.current?.open) dialog.current.close();
  }, [choice]);

  if (!choice) return <dialog ref={dialog} onClose={onClose} className="hidden" />;
  const { store, cell } = choice;
  const variant = style.colours.find((c) => c.name === colour)?.variants.find((v) => v.size === cell.size);
  const label = variant ? { styleName: style.name, colour, size: cell.size, sku: variant.sku, priceCents: variant.priceCents, sourceName: store.name } : null;
  const canShip = cell.available > 0 && store.canShip && !store.isHere;
  const canTake = cell.available > 0 && store.isHere;

  async function placeHold() {
    if (!variant) return;
    setBusy(true);
    const body = { variantId: variant.variantId, atStoreId: store.storeId, kind: "decide" as const };
    // No network: the hold waits in the outbox under the same key, so a request that did arrive is not repeated.
    const res = await submitOrQueue(() => placeHoldAction({ ...body, idempotencyKey: holdKey }), (userId) => enqueue("hold", { id: holdKey, userId, sentOnce: true, payload: { body } }));
    setBusy(false);
    if (res === "queued") return setQueued(true);
    if (res.ok) {
      setHold(res.data);
      emitToolEvent({ action: "hold" });
    } else setError(res.error.message);
  }

  return (
    <dialog ref={dialog} onClose={onClose} aria-labelledby="cell-title" className="m-auto w-[min(36rem,95vw)] rounded-3xl p-0 shadow-2xl backdrop:bg-slate-900/50">
      <div className="flex flex-col gap-4 p-6">
        <h2 id="cell-title" className="text-2xl font-bold">
          {t("cellTitle", { colour, size: cell.size, store: store.name })}
        </h2>
        <dl className="grid grid-cols-3 gap-3 text-center">
          <div className="rounded-xl bg-emerald-50 p-3">
            <dt className="text-sm text-slate-700">{t("available")}</dt>
            <dd className="text-3xl font-bold">{cell.available}</dd>
          </div>
          <div className="rounded-xl bg-slate-100 p-3">
            <dt className="text-sm text-slate-700">{t("onHand")}</dt>
            <dd className="text-3xl font-bold">{cell.onHand}</dd>
          </div>
          <div className="rounded-xl bg-slate-100 p-3">
            <dt className="text-sm text-slate-700">{t("reserved")}</dt>
            <dd className="text-3xl font-bold">{cell.reserved}</dd>
          </div>
        </dl>
        {store.promiseDate && !store.isHere ? <p className="text-lg">{t("arrives", { date: formatPromise(store.promiseDate, locale) })}</p> : null}
        {added ? (
          <Alert tone="success">
            {added === "ship" ? t("addedShip", { store: store.name }) : t("addedTakeNow")}{" "}
            <Link href="/order" className="font-semibold underline">
              {t("openOrder")}
            </Link>
          </Alert>
        ) : null}
        {hold ? <Alert tone="success">{t("heldUntil", { store: store.name, time: formatClock(hold.expiresAt, locale, "Europe/Madrid") })}</Alert> : null}
        {error ? <Alert>{error}</Alert> : null}
        {queued ? <Alert tone="info">{tOutbox("queuedHold")}</Alert> : null}
        <div className="grid grid-cols-2 gap-3">
          {canTake && label && variant ? (
            <Button onClick={() => (addLine({ kind: "take_now", variantId: variant.variantId, qty: 1, source: store.storeId, label }), setAdded("take_now"))}>{t("takeNow")}</Button>
          ) : null}
          {canShip && label && variant ? (
            <Button onClick={() => (addLine({ kind: "ship", variantId: variant.variantId, qty: 1, source: store.storeId, label }), setAdded("ship"))}>{t("orderToHome")}</Button>
          ) : null}
          {cell.available > 0 && !store.isHere && !hold ? (
            <Button variant="secondary" disabled={busy} onClick={placeHold}>
              {t("holdThere")}
            </Button>
          ) : null}
          <Button variant="secondary" onClick={() => onLostSale(cell.size)}>
            {t("logLostSale")}
          </Button>
          <Button variant="ghost" onClick={() => dialog.current?.close()}>
            {t("close")}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
