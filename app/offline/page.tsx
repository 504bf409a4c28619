import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { OfflinePeriodWatch } from "@/components/pwa/offline-period-watch";
import { RetryButton } from "@/components/pwa/retry-button";
import { LazyOfflineLookup, LazyOfflineOutbox } from "@/components/offline/offline-tools";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("offline.title") };
}

/** Precached by the service worker; holds no personal data, so it is safe on a shared tablet. */
export default async function OfflinePage() {
  const t = await getT();
  return (
    <main className="mx-auto flex min-h-dvh max-w-5xl flex-col justify-center gap-4 px-6">
      <h1 className="text-3xl font-bold">{t("offline.title")}</h1>
      <p className="text-lg text-slate-700">{t("offline.body")}</p>
      <RetryButton label={t("offline.retry")} />
      <LazyOfflineLookup />
      <LazyOfflineOutbox />
      <OfflinePeriodWatch />
    </main>
  );
}
