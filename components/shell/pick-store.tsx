import Link from "next/link";
import { getT } from "@/lib/i18n/server";

/** Head-office admins at a desk have no store; floor screens need one. */
export async function PickStore() {
  const t = await getT();
  return (
    <div className="rounded-2xl bg-white p-6 ring-1 ring-slate-200">
      <h1 className="text-2xl font-bold">{t("shell.noStoreTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("shell.noStoreBody")}</p>
      <Link href="/manage" className="mt-4 inline-flex min-h-12 items-center rounded-xl bg-brand-700 px-5 font-semibold text-white">
        {t("shell.manage")}
      </Link>
    </div>
  );
}
