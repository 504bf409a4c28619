import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { requirePageActor } from "@/lib/auth/session";
import { workingStoreId } from "@/lib/auth/scope";
import { findOrders } from "@/lib/domain/orders/find-orders";
import { listStoreOrders } from "@/lib/domain/orders/list-store-orders";
import { findOrdersQuerySchema, type OrderSummary } from "@/lib/domain/orders/schemas";
import { formatPromise } from "@/lib/domain/orders/promise-date";
import { getLocale, getT } from "@/lib/i18n/server";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { EmitToolEvent } from "@/components/flows/runner/emit-tool-event";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("orders.title") };
}

/** After-sales on the floor: find an order by number, phone or email; otherwise this store's recent orders. */
export default async function OrdersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("order:read");
  const t = await getT();
  const locale = await getLocale();
  const raw = await searchParams;
  const db = await getDb();
  const asked = Boolean(raw.number || raw.phone || raw.email);
  const parsed = asked ? findOrdersQuerySchema.safeParse(raw) : null;
  const storeId = workingStoreId(actor);
  let orders: OrderSummary[] = [];
  if (parsed?.success) orders = await findOrders(db, actor, parsed.data);
  else if (!asked && storeId != null) orders = await listStoreOrders(db, actor, storeId, { limit: 20 });
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("orders.title")}</h1>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-2xl bg-white p-4 ring-1 ring-slate-200">
        <Field label={t("orders.number")} name="number" defaultValue={raw.number ?? ""} autoComplete="off" />
        <Field label={t("orders.phone")} name="phone" type="tel" defaultValue={raw.phone ?? ""} autoComplete="off" />
        <Field label={t("orders.email")} name="email" type="email" defaultValue={raw.email ?? ""} autoComplete="off" />
        <button type="submit" className="min-h-12 rounded-xl bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
          {t("orders.search")}
        </button>
      </form>
      {parsed && !parsed.success ? <Alert>{parsed.error.issues[0]?.message}</Alert> : null}
      {asked && parsed?.success && orders.length === 0 ? <p role="status">{t("orders.noneFound")}</p> : null}
      {asked && orders.length > 0 ? <EmitToolEvent key={JSON.stringify(raw)} event={{ action: "lookup_order" }} /> : null}
      <ul className="flex flex-col gap-2">
        {orders.map((o) => (
          <li key={o.id}>
            <Link href={`/orders/${o.id}`} className="flex flex-wrap items-center gap-4 rounded-xl bg-white px-4 py-3 ring-1 ring-slate-200 hover:ring-brand-700">
              <span className="font-mono text-lg font-semibold">{o.number}</span>
              <span>{o.customerFirstName}</span>
              <span className="text-slate-700">{t(`orders.status.${o.status}`)}</span>
              {o.promiseDate ? <span className="ml-auto text-slate-700">{t("orders.arrives", { date: formatPromise(o.promiseDate, locale) })}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
