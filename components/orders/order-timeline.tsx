import type { OrderDetail } from "@/lib/domain/orders/schemas";
import { formatLocale } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";

export async function OrderTimeline({ order, locale }: { order: OrderDetail; locale: string }) {
  const t = await getT();
  const when = new Intl.DateTimeFormat(formatLocale(locale), { dateStyle: "medium", timeStyle: "short", hourCycle: "h23", timeZone: "Europe/Madrid" });
  return (
    <section aria-labelledby="timeline" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="timeline" className="mb-3 text-xl font-semibold">
        {t("orders.timeline")}
      </h2>
      <ol className="flex flex-col gap-3">
        {order.events.map((e) => (
          <li key={e.id} className="border-l-4 border-brand-600 pl-3">
            <p className="font-semibold">{t(`orders.status.${e.status}`)}</p>
            <p className="text-sm text-slate-700">
              {when.format(new Date(e.at))}
              {e.by ? ` · ${e.by}` : ""}
              {e.note ? ` · ${e.note}` : ""}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
