"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { importFlowAction } from "@/lib/domain/flows/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { parseImport } from "./parse-import";

/** Admins move flows between chains: a file or pasted JSON, checked here first so the errors name the field. */
export function ImportFlowForm() {
  const t = useTranslations("flowEditor");
  const router = useRouter();
  const [text, setText] = useState("");
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    // The schema (and zod with it) loads on the first import, not with the flows list.
    const { flowExportSchema } = await import("@/lib/domain/flows/schemas");
    const parsed = parseImport(text, flowExportSchema);
    if (!parsed.ok) {
      setNotice({ tone: "error", text: parsed.kind === "json" ? t("importBadJson", { message: parsed.message }) : t("importInvalid", { problems: parsed.message }) });
      return;
    }
    const res = await importFlowAction(parsed.value);
    if (!res.ok) {
      const fields = Object.entries(res.error.fields ?? {}).map(([k, v]) => `${k}: ${v}`).join("; ");
      setNotice({ tone: "error", text: fields ? t("importInvalid", { problems: fields }) : res.error.message });
      return;
    }
    setNotice({ tone: "success", text: t("imported", { name: res.data.name }) });
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3">
      <p className="text-sm text-slate-700">{t("importHint")}</p>
      <label className="flex flex-col gap-1 text-sm font-semibold text-slate-800">
        {t("importFile")}
        <input
          type="file"
          accept="application/json,.json"
          className="min-h-12 rounded-xl border border-slate-400 bg-white px-3 py-2 text-base font-normal"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) setText(await file.text());
          }}
        />
      </label>
      <label className="flex flex-col gap-1 text-sm font-semibold text-slate-800">
        {t("importPaste")}
        <textarea rows={5} value={text} onChange={(e) => setText(e.target.value)} className="rounded-xl border border-slate-400 bg-white px-3 py-2 font-mono text-sm font-normal" />
      </label>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      <Button type="submit" className="self-start" disabled={!text.trim()}>
        {t("importButton")}
      </Button>
    </form>
  );
}
