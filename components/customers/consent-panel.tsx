"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "use-intl";
import type { ConsentTextDto } from "@/lib/domain/consent/schemas";
import type { CustomerProfile } from "@/lib/domain/customers/schemas";
import { recordConsentAction } from "@/lib/domain/customers/actions";
import { enqueue } from "@/lib/offline/outbox/enqueue-lazily";
import { submitOrQueue } from "@/lib/offline/outbox/queue-if-offline";
import { formatLocale } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

/** Current consent per purpose (from the latest record); granting and withdrawing are equally easy. */
export function ConsentPanel({ customerId, consents, texts }: { customerId: string; consents: CustomerProfile["consents"]; texts: ConsentTextDto[] }) {
  const t = useTranslations("customers");
  const locale = useLocale();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [queued, setQueued] = useState(false);
  const tOutbox = useTranslations("outbox");
  const day = new Intl.DateTimeFormat(formatLocale(locale), { dateStyle: "medium" });

  async function decide(purpose: ConsentTextDto["purpose"], granted: boolean, textId?: number) {
    const decision = { customerId, purpose, decision: granted ? ("granted" as const) : ("withdrawn" as const), textId, channel: "assisted" as const };
    // No network: the decision waits in the outbox and is recorded (append-only, with its text) when the network is back.
    const res = await submitOrQueue(() => recordConsentAction(decision), (userId) => enqueue("consent", { id: crypto.randomUUID(), userId, payload: decision }));
    setQueued(res === "queued");
    if (res === "queued") return setError(null);
    if (res.ok) {
      setError(null);
      router.refresh();
    } else setError(res.error.message);
  }

  return (
    <section aria-labelledby="consents" className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="consents" className="text-xl font-semibold">
        {t("consentsTitle")}
      </h2>
      {consents.map((c) => {
        const text = texts.find((x) => x.purpose === c.purpose);
        return (
          <div key={c.purpose} className="flex flex-col gap-2 rounded-xl border border-slate-200 p-3" data-testid={`consent-${c.purpose}`}>
            <div className="flex items-center gap-2">
              <span className="font-semibold">{t(`purposes.${c.purpose}`)}</span>
              <span className={`ml-auto rounded-full px-3 py-1 text-sm font-semibold ${c.granted ? "bg-emerald-100 text-emerald-900" : "bg-slate-100 text-slate-800"}`}>
                {c.granted ? t("granted") : c.decision === "withdrawn" ? t("withdrawn") : t("notAsked")}
              </span>
            </div>
            {c.at ? <p className="text-sm text-slate-600">{t("consentWhen", { date: day.format(new Date(c.at)), version: c.textVersion ?? 0 })}</p> : null}
            {c.granted ? (
              <Button variant="secondary" onClick={() => decide(c.purpose, false)}>
                {t("withdraw")}
              </Button>
            ) : text ? (
              <>
                <p className="text-sm text-slate-800">{text.body}</p>
                <Button variant="secondary" onClick={() => decide(c.purpose, true, text.id)}>
                  {t("grant")}
                </Button>
              </>
            ) : null}
          </div>
        );
      })}
      {error ? <Alert>{error}</Alert> : null}
      {queued ? <Alert tone="info">{tOutbox("queuedConsent")}</Alert> : null}
    </section>
  );
}
