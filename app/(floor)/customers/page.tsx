import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { requirePageActor } from "@/lib/auth/session";
import { currentConsentTexts } from "@/lib/domain/consent/current-consent-texts";
import { getLocale, getT } from "@/lib/i18n/server";
import { CustomerFinder } from "@/components/customers/customer-finder";
import { CaptureForm } from "@/components/customers/capture-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("customers.title") };
}

/** Find or capture a customer in seconds. */
export default async function CustomersPage() {
  await requirePageActor("customer:find");
  const t = await getT();
  const texts = await currentConsentTexts(await getDb(), await getLocale());
  const card = "rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200";
  return (
    <div className="grid items-start gap-6 lg:grid-cols-2">
      <section aria-labelledby="find" className={card}>
        <h1 id="find" className="mb-3 text-2xl font-bold">
          {t("customers.findTitle")}
        </h1>
        <CustomerFinder />
      </section>
      <section aria-labelledby="capture" className={card}>
        <div className="mb-3 flex flex-wrap items-center gap-3">
          <h2 id="capture" className="text-2xl font-bold">
            {t("customers.captureTitle")}
          </h2>
          <Link href="/customer-mode" className="ml-auto inline-flex min-h-12 items-center rounded-xl bg-white px-4 font-semibold ring-1 ring-slate-300 hover:bg-slate-100">
            {t("customers.customerMode")}
          </Link>
        </div>
        <CaptureForm texts={texts} />
      </section>
    </div>
  );
}
