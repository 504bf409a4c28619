import Link from "next/link";
import { getT } from "@/lib/i18n/server";

export default async function Forbidden() {
  const t = await getT();
  return (
    <main className="mx-auto flex min-h-dvh max-w-2xl flex-col justify-center gap-4 px-6">
      <h1 className="text-3xl font-bold">{t("forbidden.title")}</h1>
      <p className="text-lg text-slate-700">{t("forbidden.body")}</p>
      <Link href="/" className="inline-flex min-h-12 w-fit items-center rounded-xl bg-brand-700 px-5 font-semibold text-white">
        {t("common.backHome")}
      </Link>
    </main>
  );
}
