"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { mergeCustomersAction } from "@/lib/domain/customers/actions";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { Alert } from "@/components/ui/alert";

export type MergeCandidate = { id: string; label: string };

/**
 * Merging duplicates: history, notes, consents and orders move to the customer who stays; the merge is logged.
 * The manager searches the client book (e.g. the name) and picks the two from the customers listed.
 */
export function MergeForm({ candidates }: { candidates: MergeCandidate[] }) {
  const t = useTranslations("clientBook");
  const router = useRouter();
  const [survivorId, setSurvivor] = useState("");
  const [duplicateId, setDuplicate] = useState("");
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<{ message: string; fields?: Record<string, string> } | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!window.confirm(t("confirmMerge"))) return;
    const res = await mergeCustomersAction({ survivorId: survivorId.trim(), duplicateId: duplicateId.trim() });
    if (!res.ok) return setError(res.error);
    setError(null);
    setResult(t("merged", { moved: Object.values(res.data.moved).reduce((a, b) => a + b, 0) }));
    router.refresh();
  }

  return (
    <section aria-labelledby="merge" className="rounded-2xl bg-white p-5 ring-1 ring-slate-200">
      <h2 id="merge" className="mb-3 text-xl font-semibold">
        {t("mergeTitle")}
      </h2>
      <p className="mb-3 text-base text-slate-700">{t("mergeHint")}</p>
      <form noValidate onSubmit={submit} className="grid gap-3 md:grid-cols-[1fr_1fr_auto] md:items-end">
        <SelectField label={t("survivor")} value={survivorId} onChange={(e) => setSurvivor(e.target.value)} error={error?.fields?.survivorId} options={[{ value: "", label: t("choose") }, ...candidates.map((c) => ({ value: c.id, label: c.label }))]} />
        <SelectField
          label={t("duplicate")}
          value={duplicateId}
          onChange={(e) => setDuplicate(e.target.value)}
          error={error?.fields?.duplicateId}
          options={[{ value: "", label: t("choose") }, ...candidates.filter((c) => c.id !== survivorId).map((c) => ({ value: c.id, label: c.label }))]}
        />
        <Button type="submit" disabled={!survivorId || !duplicateId || survivorId === duplicateId}>
          {t("merge")}
        </Button>
      </form>
      {error && !error.fields ? <Alert className="mt-3">{error.message}</Alert> : null}
      {result ? (
        <Alert tone="success" className="mt-3">
          {result}
        </Alert>
      ) : null}
    </section>
  );
}
