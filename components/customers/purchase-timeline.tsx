import Link from "next/link";
import type { CustomerProfile } from "@/lib/domain/customers/schemas";
import { formatPromise } from "@/lib/i18n/format";
import { formatLocale, formatPrice } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";

/** Open orders and holds first, then purchases across channels, then what they wanted and could not have. */
export async function PurchaseTimeline({ profile, locale }: { profile: CustomerProfile; locale: string }) {
  const t = await getT();
  const day = new Intl.DateTimeFormat(formatLocale(locale), { dateStyle: "medium" });
  const card = "rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200";
  return (
    <>
      {profile.openOrders.length || profile.activeHolds.length ? (
        <section aria-labelledby="open" className={card}>
          <h2 id="open" className="mb-3 text-xl font-semibold">
            {t("customers.openTitle")}
          </h2>
          <ul className="flex flex-col gap-2">
            {profile.openOrders.map((o) => (
              <li key={o.id}>
                <Link href={`/orders/${o.id}`} className="flex min-h-12 flex-wrap items-center gap-3 rounded-xl px-3 ring-1 ring-slate-200 hover:ring-brand-700">
                  <span className="font-mono font-semibold">{o.number}</span>
                  <span>{t(`orders.status.${o.status as "placed"}`)}</span>
                  {o.promiseDate ? <span className="ml-auto">{t("orders.arrives", { date: formatPromise(o.promiseDate, locale) })}</span> : null}
                </Link>
              </li>
            ))}
            {profile.activeHolds.map((h) => (
              <li key={h.id} className="rounded-xl px-3 py-2 ring-1 ring-slate-200">
                {t("customers.holdLine", { item: `${h.styleName} ${h.colour} ${h.size}`, store: h.store.name })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="purchases" className={card}>
        <h2 id="purchases" className="mb-3 text-xl font-semibold">
          {t("customers.purchasesTitle")}
        </h2>
        {profile.purchases.length === 0 ? <p className="text-slate-700">{t("customers.noPurchases")}</p> : null}
        <ol className="flex flex-col gap-3">
          {profile.purchases.map((p) => (
            <li key={p.id} className="border-l-4 border-slate-300 pl-3">
              <p className="text-sm text-slate-600">
                {day.format(new Date(p.at))} · {t(`customers.channel.${p.channel}`)}
                {p.store ? ` · ${p.store.name}` : ""} · {formatPrice(p.totalCents, locale)}
              </p>
              <ul>
                {p.lines.map((l, i) => (
                  <li key={i} className="text-base">
                    {l.styleName} · {l.colour} · {l.size}
                    {l.qty > 1 ? ` × ${l.qty}` : ""}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
      {profile.lostSales.length ? (
        <section aria-labelledby="lost" className={card}>
          <h2 id="lost" className="mb-3 text-xl font-semibold">
            {t("customers.lostTitle")}
          </h2>
          <ul>
            {profile.lostSales.map((l) => (
              <li key={l.id} className="text-base">
                {day.format(new Date(l.at))} · {[l.styleName, l.colour, l.size].filter(Boolean).join(" · ")}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
