"use client";

import { useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "use-intl";
import type { AddNoteResult, CustomerNote } from "@/lib/domain/customers/schemas";
import { addNoteAction, updateCustomerAction } from "@/lib/domain/customers/actions";
import { enqueue } from "@/lib/offline/outbox/enqueue-lazily";
import { submitOrQueue } from "@/lib/offline/outbox/queue-if-offline";
import { setUnsaved } from "@/lib/pwa/unsaved-work";
import { formatLocale } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { speechRecognition } from "./dictation";

const noop = () => () => {};

/** Notes, typed or dictated (editable before saving); sizes and preferences in a note are offered as fields. */
export function NotesPanel({ customerId, notes }: { customerId: string; notes: CustomerNote[] }) {
  const t = useTranslations("customers");
  const tOutbox = useTranslations("outbox");
  const [queued, setQueued] = useState(false);
  const locale = useLocale();
  const router = useRouter();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [offer, setOffer] = useState<AddNoteResult | null>(null);
  const [listening, setListening] = useState(false);
  const recognition = useRef<{ stop: () => void } | null>(null);
  const canDictate = useSyncExternalStore(noop, () => speechRecognition() !== null, () => false);
  const day = new Intl.DateTimeFormat(formatLocale(locale), { dateStyle: "medium" });

  function dictate() {
    const Ctor = speechRecognition();
    if (!Ctor) return;
    if (listening) return recognition.current?.stop();
    const r = new Ctor();
    r.lang = locale === "en" ? "en-GB" : locale;
    r.interimResults = false;
    r.onresult = (e) => {
      const said = Array.from(e.results).map((res) => res[0]?.transcript ?? "").join(" ");
      setBody((b) => (b ? `${b} ${said}` : said));
      setUnsaved("note", true);
    };
    r.onend = () => setListening(false);
    recognition.current = r;
    setListening(true);
    r.start();
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    // No network: the note goes to the outbox and is saved when the connection is back; nothing typed is lost.
    const res = await submitOrQueue(() => addNoteAction({ customerId, body }), (userId) => enqueue("note", { id: crypto.randomUUID(), userId, payload: { customerId, body } }));
    setQueued(res === "queued");
    if (res === "queued") return setError(null), setBody(""), setUnsaved("note", false);
    if (!res.ok) return setError(res.error.fields?.body ?? res.error.message);
    setError(null);
    setBody("");
    setUnsaved("note", false);
    setOffer(res.data.suggestions.length ? res.data : null);
    router.refresh();
  }

  async function accept() {
    if (!offer?.suggestedUpdate) return;
    const res = await updateCustomerAction({ customerId, ...offer.suggestedUpdate });
    if (res.ok) {
      setOffer(null);
      router.refresh();
    } else setError(res.error.message);
  }

  return (
    <section aria-labelledby="notes" className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="notes" className="text-xl font-semibold">
        {t("notesTitle")}
      </h2>
      <form onSubmit={save} className="flex flex-col gap-2">
        <label htmlFor="note-body" className="text-sm font-semibold">
          {t("newNote")}
        </label>
        <textarea
          id="note-body"
          rows={3}
          value={body}
          onChange={(e) => (setBody(e.target.value), setUnsaved("note", e.target.value.length > 0))}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "note-error" : undefined}
          className="rounded-xl border border-slate-400 px-3 py-2 text-base"
        />
        {queued ? <Alert tone="info">{tOutbox("queuedNote")}</Alert> : null}
        {error ? (
          <p id="note-error" className="text-sm font-medium text-red-800">
            {error}
          </p>
        ) : null}
        <div className="flex gap-2">
          <Button type="submit" disabled={!body.trim()}>
            {t("addNote")}
          </Button>
          {canDictate ? (
            <Button variant="secondary" onClick={dictate} aria-pressed={listening}>
              {listening ? t("stopDictation") : t("dictate")}
            </Button>
          ) : null}
        </div>
      </form>
      {offer ? (
        <Alert tone="info">
          <p>{t("noteSuggests", { fields: offer.suggestions.map((s) => s.label).join(", ") })}</p>
          <div className="mt-2 flex gap-2">
            <Button onClick={accept}>{t("applySuggestions")}</Button>
            <Button variant="ghost" onClick={() => setOffer(null)}>
              {t("dismiss")}
            </Button>
          </div>
        </Alert>
      ) : null}
      <ul className="flex flex-col gap-2">
        {notes.map((n) => (
          <li key={n.id} className="rounded-xl bg-slate-50 px-3 py-2">
            <p className="whitespace-pre-wrap text-base">{n.body}</p>
            <p className="text-sm text-slate-600">
              {day.format(new Date(n.createdAt))}
              {n.authorName ? ` · ${n.authorName}` : ""}
              {n.storeCode ? ` · ${n.storeCode}` : ""}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
