"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import type { ConsentTextDto } from "@/lib/domain/consent/schemas";
import { publishConsentTextAction } from "@/lib/domain/customers/actions";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

export function ConsentTextEditor({ text }: { text: ConsentTextDto }) {
  const t = useTranslations("consentTexts");
  const tc = useTranslations("customers");
  const router = useRouter();
  const [body, setBody] = useState(text.body);
  const [error, setError] = useState<string | null>(null);
  const id = `consent-${text.purpose}`;

  async function publish(e: FormEvent) {
    e.preventDefault();
    const res = await publishConsentTextAction({ purpose: text.purpose, locale: text.locale, body });
    if (res.ok) {
      setError(null);
      router.refresh();
    } else setError(res.error.fields?.body ?? res.error.message);
  }

  return (
    <form onSubmit={publish} className="flex flex-col gap-2 rounded-2xl bg-white p-5 ring-1 ring-slate-200">
      <label htmlFor={id} className="text-lg font-semibold">
        {tc(`purposes.${text.purpose}`)} · {t("version", { version: text.version })}
      </label>
      <textarea id={id} rows={4} value={body} onChange={(e) => setBody(e.target.value)} className="rounded-xl border border-slate-400 px-3 py-2 text-base" />
      {error ? <Alert>{error}</Alert> : null}
      <Button type="submit" disabled={body.trim() === text.body.trim()}>
        {t("publish")}
      </Button>
    </form>
  );
}
