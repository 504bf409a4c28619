"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import { captureCustomerSchema } from "@/lib/domain/customers/schemas";
import { zodFields } from "@/lib/api/error-response";
import { cachedConsentTexts } from "@/lib/offline/outbox/consent-texts-cache";
import { enqueue } from "@/lib/offline/outbox/store";
import { setUnsaved } from "@/lib/pwa/unsaved-work";
import { ConsentChoices } from "@/components/customers/consent-choices";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

type Draft = { firstName: string; lastName: string; phone: string; email: string };
const EMPTY: Draft = { firstName: "", lastName: "", phone: "", email: "" };

/**
 * Quick capture with no network: the same schema as online (so what passes here passes there), the consent words
 * kept on the tablet, and the result sealed into the outbox under a clientId that makes the resend harmless.
 */
export function OfflineCaptureForm({ userId }: { userId: string }) {
  const t = useTranslations("outbox.offline");
  const [texts] = useState(cachedConsentTexts);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [consents, setConsents] = useState<Set<string>>(new Set());
  const [clientId, setClientId] = useState(() => crypto.randomUUID());
  const [fields, setFields] = useState<Record<string, string>>({});
  const [queued, setQueued] = useState<string | null>(null);

  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setUnsaved("offline-capture", true);
  };

  async function save(e: FormEvent) {
    e.preventDefault();
    const payload = {
      firstName: draft.firstName,
      lastName: draft.lastName || undefined,
      phone: draft.phone || undefined,
      email: draft.email || undefined,
      consents: texts.filter((x) => consents.has(x.purpose)).map((x) => ({ purpose: x.purpose, textId: x.id })),
      consentChannel: "assisted" as const,
    };
    const parsed = captureCustomerSchema.safeParse({ ...payload, clientId });
    if (!parsed.success) return setFields(zodFields(parsed.error));
    setFields({});
    await enqueue("customer", { id: clientId, userId, payload });
    setQueued(draft.firstName.trim());
    setDraft(EMPTY);
    setConsents(new Set());
    setClientId(crypto.randomUUID());
    setUnsaved("offline-capture", false);
  }

  return (
    <section aria-labelledby="offline-capture-title" className="flex flex-col gap-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="offline-capture-title" className="text-2xl font-semibold">
        {t("captureTitle")}
      </h2>
      <p className="text-slate-700">{t("captureHint")}</p>
      <form noValidate onSubmit={save} className="flex flex-col gap-4">
        <div className="grid gap-3 md:grid-cols-2">
          <Field label={t("firstName")} value={draft.firstName} onChange={(e) => set({ firstName: e.target.value })} error={fields.firstName} autoComplete="off" />
          <Field label={t("lastName")} value={draft.lastName} onChange={(e) => set({ lastName: e.target.value })} error={fields.lastName} autoComplete="off" />
          <Field label={t("mobile")} type="tel" inputMode="tel" value={draft.phone} onChange={(e) => set({ phone: e.target.value })} error={fields.phone} autoComplete="off" />
          <Field label={t("email")} type="email" value={draft.email} onChange={(e) => set({ email: e.target.value })} error={fields.email} autoComplete="off" />
        </div>
        <fieldset>
          <legend className="mb-2 text-base font-semibold">{t("consentAssisted")}</legend>
          {texts.length ? (
            <ConsentChoices
              texts={texts}
              chosen={consents}
              onChange={(p, on) =>
                setConsents((s) => {
                  const n = new Set(s);
                  if (on) n.add(p);
                  else n.delete(p);
                  return n;
                })
              }
            />
          ) : (
            <p className="text-slate-700">{t("noConsentTexts")}</p>
          )}
        </fieldset>
        {queued ? <Alert tone="success">{t("customerQueued", { name: queued })}</Alert> : null}
        <Button type="submit">{t("saveCustomer")}</Button>
      </form>
    </section>
  );
}
