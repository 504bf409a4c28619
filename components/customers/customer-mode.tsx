"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import type { ConsentTextDto } from "@/lib/domain/consent/schemas";
import { unlockCustomerModeAction } from "@/lib/auth/unlock-actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { CaptureForm } from "./capture-form";

/** Customer self-entry. Getting the tools back needs the associate's PIN. */
export function CustomerMode({ texts, associateName }: { texts: ConsentTextDto[]; associateName: string }) {
  const t = useTranslations("customers");
  const router = useRouter();
  const [captured, setCaptured] = useState<string | null>(null);
  const [unlocking, setUnlocking] = useState(false);
  const [pin, setPin] = useState("");
  const [error, setError] = useState<string | undefined>();

  async function unlock(e: FormEvent) {
    e.preventDefault();
    const res = await unlockCustomerModeAction({ secret: pin });
    setPin("");
    if (!res.ok) return setError(res.error.fields?.secret ?? res.error.message);
    router.push(captured ? `/customers/${captured}` : "/customers");
  }

  return (
    <main className="mx-auto flex min-h-dvh max-w-3xl flex-col gap-6 px-6 py-8">
      {unlocking ? (
        <form onSubmit={unlock} className="flex flex-col gap-4 rounded-3xl bg-white p-8 shadow-lg">
          <h1 className="text-3xl font-bold">{t("handBackTitle", { name: associateName })}</h1>
          <Field label={t("associatePin")} type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(e) => setPin(e.target.value)} error={error} />
          <div className="flex gap-3">
            <Button type="submit" disabled={!pin}>
              {t("unlock")}
            </Button>
            <Button variant="ghost" onClick={() => setUnlocking(false)}>
              {t("back")}
            </Button>
          </div>
        </form>
      ) : captured ? (
        <div className="flex flex-col gap-4 rounded-3xl bg-white p-8 text-center shadow-lg">
          <h1 className="text-4xl font-bold">{t("thankYou")}</h1>
          <p className="text-2xl text-slate-700">{t("handBack", { name: associateName })}</p>
        </div>
      ) : (
        <div className="flex flex-col gap-4 rounded-3xl bg-white p-8 shadow-lg">
          <h1 className="text-4xl font-bold">{t("selfTitle")}</h1>
          <p className="text-xl text-slate-700">{t("selfIntro")}</p>
          <CaptureForm texts={texts} selfEntry onCaptured={setCaptured} />
        </div>
      )}
      {unlocking ? null : (
        <Button variant="ghost" className="self-end" onClick={() => setUnlocking(true)}>
          {t("staffOnly")}
        </Button>
      )}
    </main>
  );
}
