"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { SelectField } from "@/components/ui/select-field";
import type { LostSaleReason } from "@/lib/domain/stock/types";
import { logLostSale } from "@/lib/domain/lost-sales/actions";
import { emitToolEvent } from "@/lib/flows/tool-events";

const REASONS: LostSaleReason[] = ["out_of_stock_everywhere", "price", "customer_declined", "other"];

/** One tap to record what the customer wanted and could not have: what, which size, why. */
export function LostSaleDialog({ onClose, styleId, colour, size: initialSize, sizes }: { onClose: () => void; styleId: number; colour: string; size?: string; sizes: string[] }) {
  const t = useTranslations("lostSale");
  const dialog = useRef<HTMLDialogElement>(null);
  const [size, setSize] = useState(initialSize ?? "");
  const [reason, setReason] = useState<LostSaleReason | "">("");
  const [note, setNote] = useState("");
  const [error, setError] = useState<{ message: string; fields?: Record<string, string> } | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!reason) {
      setError({ message: t("chooseReason"), fields: { reason: t("chooseReason") } });
      return;
    }
    setBusy(true);
    const res = await logLostSale({ styleId, colour, size: size || undefined, reason, note: note.trim() || undefined });
    setBusy(false);
    if (res.ok) {
      setDone(true);
      emitToolEvent({ action: "log_lost_sale" });
    } else setError(res.error);
  }

  return (
    <dialog ref={dialog} onClose={onClose} aria-labelledby="lost-title" className="m-auto w-[min(36rem,95vw)] rounded-3xl p-0 shadow-2xl backdrop:bg-slate-900/50">
      <div className="flex flex-col gap-4 p-6">
        <h2 id="lost-title" className="text-2xl font-bold">
          {t("title")}
        </h2>
        {done ? (
          <>
            <Alert tone="success">{t("recorded")}</Alert>
            <Button onClick={() => dialog.current?.close()}>{t("close")}</Button>
          </>
        ) : (
          <form onSubmit={submit} className="flex flex-col gap-4">
            <p className="text-base text-slate-700">{t("what", { colour })}</p>
            <SelectField label={t("size")} value={size} onChange={(e) => setSize(e.target.value)} options={[{ value: "", label: t("noSize") }, ...sizes.map((s) => ({ value: s, label: s }))]} />
            <fieldset aria-describedby={error?.fields?.reason ? "lost-reason-error" : undefined}>
              <legend className="mb-2 text-sm font-semibold">{t("why")}</legend>
              <div className="grid grid-cols-2 gap-2">
                {REASONS.map((r) => (
                  <label key={r} className={`flex min-h-14 cursor-pointer items-center gap-3 rounded-xl border px-3 ${reason === r ? "border-brand-700 bg-brand-50 ring-2 ring-brand-700" : "border-slate-300"}`}>
                    <input type="radio" name="reason" value={r} checked={reason === r} onChange={() => setReason(r)} className="h-5 w-5" />
                    <span className="text-base">{t(`reasons.${r}`)}</span>
                  </label>
                ))}
              </div>
              {error?.fields?.reason ? (
                <p id="lost-reason-error" className="mt-1 text-sm font-medium text-red-800">
                  {error.fields.reason}
                </p>
              ) : null}
            </fieldset>
            <div className="flex flex-col gap-1">
              <label htmlFor="lost-note" className="text-sm font-semibold">
                {t("note")}
              </label>
              <textarea id="lost-note" value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} rows={2} className="rounded-xl border border-slate-400 px-3 py-2 text-base" />
              {error?.fields?.note ? <p className="text-sm font-medium text-red-800">{error.fields.note}</p> : null}
            </div>
            {error && !error.fields ? <Alert>{error.message}</Alert> : null}
            <div className="flex gap-3">
              <Button type="submit" disabled={busy}>
                {t("record")}
              </Button>
              <Button variant="ghost" onClick={() => dialog.current?.close()}>
                {t("cancel")}
              </Button>
            </div>
          </form>
        )}
      </div>
    </dialog>
  );
}
