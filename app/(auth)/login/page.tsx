import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { getActor } from "@/lib/auth/session";
import { getCurrentDevice } from "@/lib/auth/current-device";
import { listStoreAssociates } from "@/lib/domain/staff/queries";
import { getT } from "@/lib/i18n/server";
import { safeNext } from "@/lib/auth/safe-next";
import { SignInPanel } from "@/components/auth/sign-in-panel";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("auth.title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNext((await searchParams).next);
  if (await getActor()) redirect(next);
  const t = await getT();
  const device = await getCurrentDevice();
  const associates = device ? await listStoreAssociates(await getDb(), device.storeId) : [];
  return (
    <main className="mx-auto flex min-h-dvh max-w-5xl flex-col justify-center gap-6 px-6 py-10">
      <header>
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("app.name")}</p>
        <h1 className="text-3xl font-bold">{t("auth.title")}</h1>
      </header>
      <SignInPanel device={device ? { storeName: device.storeName, name: device.name } : null} associates={associates} next={next} />
    </main>
  );
}
