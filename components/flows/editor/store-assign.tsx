"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { assignStoresAction } from "@/lib/domain/flows/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Store = { id: number; name: string; code: string };

/**
 * Admins choose all stores or a checklist; a manager may only add or remove their own store (the server
 * enforces the same), so they get one checkbox and see how many other stores have the flow.
 */
export function StoreAssign({ flowId, storeIds, stores, ownStore }: { flowId: string; storeIds: number[] | null; stores: Store[] | null; ownStore: Store | null }) {
  const t = useTranslations("flowEditor");
  const router = useRouter();
  const [all, setAll] = useState(storeIds == null);
  const [chosen, setChosen] = useState<number[]>(storeIds ?? []);
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  async function save(next: number[] | null) {
    const res = await assignStoresAction({ flowId, storeIds: next });
    setNotice(res.ok ? { tone: "success", text: t("assignSaved") } : { tone: "error", text: res.error.message });
    if (res.ok) router.refresh();
  }

  const toggle = (id: number, on: boolean) => setChosen((c) => (on ? [...c, id] : c.filter((s) => s !== id)));

  if (!stores) {
    // A manager: a chain-wide flow already reaches their store; otherwise they may add or remove it.
    if (storeIds == null || !ownStore) return <p>{storeIds == null ? t("assignAllManager") : t("allStores")}</p>;
    const has = chosen.includes(ownStore.id);
    const others = chosen.filter((s) => s !== ownStore.id).length;
    return (
      <div className="flex flex-col gap-3">
        <p className="text-sm text-slate-700">{t("assignManagerHint")}</p>
        <label className="inline-flex min-h-12 items-center gap-3">
          <input type="checkbox" className="size-5" checked={has} onChange={(e) => toggle(ownStore.id, e.target.checked)} />
          {t("assignOwn", { store: ownStore.name })}
        </label>
        <p className="text-sm text-slate-700">{t("assignOthers", { count: others })}</p>
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
        <Button className="self-start" onClick={() => save(chosen)}>
          {t("assignSave")}
        </Button>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-3">
      <fieldset className="flex flex-wrap gap-2">
        <legend className="sr-only">{t("assign")}</legend>
        {([true, false] as const).map((v) => (
          <label key={String(v)} className="inline-flex min-h-12 items-center gap-2 rounded-xl border border-slate-300 px-4 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
            <input type="radio" name="assign-mode" className="size-5" checked={all === v} onChange={() => setAll(v)} />
            {v ? t("assignAll") : t("assignSome")}
          </label>
        ))}
      </fieldset>
      {!all ? (
        <fieldset className="grid grid-cols-2 gap-x-4 sm:grid-cols-3">
          <legend className="sr-only">{t("assignSome")}</legend>
          {stores.map((s) => (
            <label key={s.id} className="inline-flex min-h-12 items-center gap-3">
              <input type="checkbox" className="size-5" checked={chosen.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
              {s.name} <span className="text-sm text-slate-600">{s.code}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      <Button className="self-start" onClick={() => save(all ? null : chosen)}>
        {t("assignSave")}
      </Button>
    </div>
  );
}
