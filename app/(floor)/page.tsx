import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("home.title") };
}

/** Home: the first thing an associate sees with a customer in front of them. */
export default async function HomePage() {
  const actor = await requirePageActor(undefined, "/");
  const t = await getT();
  const quick = [
    { href: "/customers", label: t("home.quick.customers") },
    { href: "/order", label: t("home.quick.order") },
    { href: "/orders", label: t("home.quick.orders") },
  ];
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("home.greeting", { name: actor.name.split(" ")[0] ?? actor.name })}</h1>
      <section aria-labelledby="find" className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h2 id="find" className="text-xl font-semibold">
          {t("home.findTitle")}
        </h2>
        <p className="mt-2 text-lg text-slate-700">{t("home.findBody")}</p>
      </section>
      <nav aria-label={t("shell.floorNav")} className="grid grid-cols-3 gap-4">
        {quick.map((q) => (
          <Link key={q.href} href={q.href} className="flex min-h-20 items-center justify-center rounded-2xl bg-white px-3 text-center text-xl font-semibold shadow-sm ring-1 ring-slate-200 hover:ring-brand-700">
            {q.label}
          </Link>
        ))}
      </nav>
      <section aria-labelledby="guide" className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h2 id="guide" className="text-xl font-semibold">
          {t("home.guideTitle")}
        </h2>
        <p className="mt-2 text-lg text-slate-700">{t("home.guideBody")}</p>
      </section>
    </div>
  );
}
