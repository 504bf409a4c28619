"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { SelectField } from "@/components/ui/select-field";
import { registerThisTablet } from "@/lib/domain/devices/actions";

type Props = { stores: { id: number; name: string }[] | null };

/** Managers register the tablet for their store; admins choose the store. */
export function RegisterTabletForm({ stores }: Props) {
  const t = useTranslations("manage");
  const router = useRouter();
  const [name, setName] = useState("");
  const [storeId, setStoreId] = useState<string>(stores?.[0]?.id.toString() ?? "");
  const [error, setError] = useState<{ message: string; fields?: Record<string, string> } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const res = await registerThisTablet({ name, storeId: stores ? Number(storeId) : undefined });
    setBusy(false);
    if (res.ok) router.refresh();
    else setError(res.error);
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4">
      <Field label={t("tabletName")} name="name" value={name} onChange={(e) => setName(e.target.value)} error={error?.fields?.name} hint={t("tabletNameHint")} />
      {stores ? (
        <SelectField label={t("store")} value={storeId} onChange={(e) => setStoreId(e.target.value)} options={stores.map((s) => ({ value: s.id, label: s.name }))} error={error?.fields?.storeId} />
      ) : null}
      {error && !error.fields ? <Alert>{error.message}</Alert> : null}
      <Button type="submit" disabled={busy}>
        {t("registerTablet")}
      </Button>
    </form>
  );
}
