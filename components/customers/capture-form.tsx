"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import type { ConsentTextDto } from "@/lib/domain/consent/schemas";
import type { DuplicateCandidate } from "@/lib/domain/customers/schemas";
import { captureCustomerAction } from "@/lib/domain/customers/actions";
import { setUnsaved } from "@/lib/pwa/unsaved-work";
import { enqueue } from "@/lib/offline/outbox/enqueue-lazily";
import { submitOrQueue } from "@/lib/offline/outbox/queue-if-offline";
import type { CustomerPayload } from "@/lib/offline/outbox/types";
import { emitToolEvent } from "@/lib/flows/tool-events";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { ConsentChoices } from "./consent-choices";

type Draft = { firstName: string; lastName: string; phone: string; email: string; shoe: string };
const EMPTY: Draft = { firstName: "", lastName: "", phone: "", email: "", shoe: "" };

/**
 * Quick capture: a first name and a phone or email; the rest can come later. Likely duplicates are
 * shown before saving. `selfEntry` is the large form the customer fills in themselves (customer mode).
 */
export function CaptureForm({ texts, selfEntry, onCaptured }: { texts: ConsentTextDto[]; selfEntry?: boolean; onCaptured?: (id: string) => void }) {
  const t = useTranslations("customers");
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [consents, setConsents] = useState<Set<string>>(new Set());
  const [clientId] = useState(() => crypto.randomUUID());
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[] | null>(null);
  const [error, setError] = useState<{ message: string; fields?: Record<string, string> } | null>(null);
  const [busy, setBusy] = useState(false);
  const [queued, setQueued] = useState(false);
  const tOutbox = useTranslations("outbox");

  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setUnsaved("capture", true);
  };

  async function save(confirmNotDuplicate: boolean, e?: FormEvent) {
    e?.preventDefault();
    setBusy(true);
    const input = {
      firstName: draft.firstName,
      lastName: draft.lastName || undefined,
      phone: draft.phone || undefined,
      email: draft.email || undefined,
      sizes: draft.shoe ? { shoe: draft.shoe } : undefined,
      consents: texts.filter((x) => consents.has(x.purpose)).map((x) => ({ purpose: x.purpose, textId: x.id })),
      consentChannel: selfEntry ? "self" : "assisted",
      confirmNotDuplicate,
    } satisfies CustomerPayload;
    // No network: the capture goes to the outbox under the same clientId (a resend is recognised, never doubled).
    const res = await submitOrQueue(() => captureCustomerAction({ clientId, ...input }), (userId) => enqueue("customer", { id: clientId, userId, payload: input }));
    setBusy(false);
    if (res === "queued") return setUnsaved("capture", false), setQueued(true);
    if (!res.ok) return setError(res.error);
    setError(null);
    if (res.data.status === "duplicates") return setDuplicates(res.data.duplicates);
    setUnsaved("capture", false);
    emitToolEvent({ action: "capture_customer", outcome: "customer_new", data: { customerId: res.data.customer.id } });
    if (onCaptured) onCaptured(res.data.customer.id);
    else router.push(`/customers/${res.data.customer.id}`);
  }

  const big = selfEntry ? "text-xl" : "";
  return (
    <form noValidate onSubmit={(e) => save(false, e)} className={`flex flex-col gap-4 ${big}`}>
      <div className="grid gap-3 md:grid-cols-2">
        <Field label={t("firstName")} value={draft.firstName} onChange={(e) => set({ firstName: e.target.value })} error={error?.fields?.firstName} autoComplete="off" />
        <Field label={t("lastName")} value={draft.lastName} onChange={(e) => set({ lastName: e.target.value })} error={error?.fields?.lastName} autoComplete="off" />
        <Field label={t("mobile")} type="tel" inputMode="tel" value={draft.phone} onChange={(e) => set({ phone: e.target.value })} error={error?.fields?.phone} autoComplete="off" />
        <Field label={t("email")} type="email" value={draft.email} onChange={(e) => set({ email: e.target.value })} error={error?.fields?.email} autoComplete="off" />
        {selfEntry ? null : <Field label={t("shoeSize")} inputMode="numeric" value={draft.shoe} maxLength={12} onChange={(e) => set({ shoe: e.target.value })} error={error?.fields?.["sizes.shoe"]} />}
      </div>
      <fieldset>
        <legend className="mb-2 text-base font-semibold">{selfEntry ? t("consentSelf") : t("consentAssisted")}</legend>
        <ConsentChoices texts={texts} chosen={consents} large={selfEntry} onChange={(p, on) => setConsents((s) => { const n = new Set(s); if (on) n.add(p); else n.delete(p); return n; })} />
      </fieldset>
      {error && !error.fields ? <Alert>{error.message}</Alert> : null}
      {queued ? <Alert tone="info">{tOutbox("queuedCapture")}</Alert> : null}
      {duplicates ? (
        <div role="alert" className="flex flex-col gap-3 rounded-xl border border-amber-300 bg-amber-50 p-4">
          <p className="font-semibold">{t("maybeKnown")}</p>
          <ul className="flex flex-col gap-2">
            {duplicates.map((d) => (
              <li key={d.customer.id} className="flex flex-wrap items-center gap-3">
                <span className="font-semibold">
                  {d.customer.firstName} {d.customer.lastName}
                </span>
                <span className="text-slate-700">{[d.customer.phoneMasked, d.customer.emailMasked].filter(Boolean).join(" · ")}</span>
                {selfEntry ? null : (
                  <Button variant="secondary" onClick={() => (setUnsaved("capture", false), onCaptured ? onCaptured(d.customer.id) : router.push(`/customers/${d.customer.id}`))}>
                    {t("useThis")}
                  </Button>
                )}
              </li>
            ))}
          </ul>
          <Button variant="secondary" disabled={busy} onClick={() => save(true)}>
            {t("saveAnyway")}
          </Button>
        </div>
      ) : (
        <Button type="submit" disabled={busy}>
          {t("save")}
        </Button>
      )}
    </form>
  );
}
