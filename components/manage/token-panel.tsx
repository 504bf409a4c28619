"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { createIntegrationToken } from "@/lib/domain/tokens/actions";

/** Creates an integration token and shows it exactly once. */
export function TokenCreator() {
  const t = useTranslations("manage");
  const router = useRouter();
  const [name, setName] = useState("");
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<{ message: string; fields?: Record<string, string> } | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const res = await createIntegrationToken({ name });
    if (res.ok) {
      setCreated(res.data.token);
      setError(null);
      setName("");
      router.refresh();
    } else setError(res.error);
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3">
      <Field label={t("tokenName")} name="tokenName" value={name} onChange={(e) => setName(e.target.value)} error={error?.fields?.name} />
      {error && !error.fields ? <Alert>{error.message}</Alert> : null}
      <Button type="submit">{t("createToken")}</Button>
      {created ? (
        <Alert tone="success">
          <p>{t("tokenShownOnce")}</p>
          <code className="mt-2 block break-all rounded bg-white px-2 py-1 font-mono text-sm" data-testid="new-token">
            {created}
          </code>
        </Alert>
      ) : null}
    </form>
  );
}
