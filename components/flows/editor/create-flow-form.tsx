"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { saveDraftAction } from "@/lib/domain/flows/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { slugify } from "./flow-form";

/** A new flow starts as a one-step draft named by the manager; the editor takes it from there. */
export function CreateFlowForm({ takenSlugs }: { takenSlugs: string[] }) {
  const t = useTranslations("flowEditor");
  const router = useRouter();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function create(e: FormEvent) {
    e.preventDefault();
    const base = slugify(name, "flow");
    let slug = base;
    for (let n = 2; takenSlugs.includes(slug); n++) slug = `${base}-${n}`;
    setBusy(true);
    const res = await saveDraftAction({
      slug,
      name,
      document: { title: name, description: name, start: "step-1", steps: [{ id: "step-1", say: t("newStepSay"), why: t("newStepWhy"), next: null }] },
    });
    setBusy(false);
    if (res.ok) router.push(`/manage/flows/${res.data.id}`);
    else setError(res.error.fields?.name ?? res.error.message);
  }

  return (
    <form onSubmit={create} className="flex flex-wrap items-end gap-3">
      <Field className="min-w-72 flex-1" label={t("createName")} value={name} maxLength={80} required onChange={(e) => setName(e.target.value)} error={error ?? undefined} />
      <Button type="submit" disabled={busy || !name.trim()}>
        {t("createButton")}
      </Button>
    </form>
  );
}
