"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";

/** A calm message and a retry; what the associate typed elsewhere stays in the client's state. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  const router = useRouter();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="mx-auto flex min-h-[60dvh] max-w-2xl flex-col justify-center gap-4 px-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-lg text-slate-700">{t("body")}</p>
      {error.digest ? <p className="text-sm text-slate-600">{t("reference", { digest: error.digest })}</p> : null}
      <div className="flex gap-3">
        <Button onClick={reset}>{t("retry")}</Button>
        <Button variant="secondary" onClick={() => router.push("/")}>
          {t("home")}
        </Button>
      </div>
    </main>
  );
}
