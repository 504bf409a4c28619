import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { requirePageActor } from "@/lib/auth/session";
import { getOrder } from "@/lib/domain/orders/get-order";
import { isAppError } from "@/lib/errors";
import { getLocale, getT } from "@/lib/i18n/server";
import { OrderSummaryCard } from "@/components/orders/order-summary-card";
import { OrderTimeline } from "@/components/orders/order-timeline";
import { OrderAfterSales } from "@/components/orders/order-after-sales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("orders.title") };
}

type Props = { params: Promise<{ orderId: string }>; searchParams: Promise<{ placed?: string }> };

/** The confirmation the associate turns toward the customer, then status and timeline for after-sales. */
export default async function OrderPage({ params, searchParams }: Props) {
  const actor = await requirePageActor("order:read");
  const id = z.uuid().safeParse((await params).orderId);
  if (!id.success) notFound();
  const order = await getOrder(await getDb(), actor, id.data, { screen: "order" }).catch((e: unknown) => {
    if (isAppError(e) && e.status === 404) notFound();
    throw e;
  });
  const locale = await getLocale();
  const placed = (await searchParams).placed === "1";
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[1fr_24rem]">
      <OrderSummaryCard order={order} placed={placed} locale={locale} />
      <div className="flex flex-col gap-6">
        <OrderAfterSales orderId={order.id} canCancel={order.canCancel} blockedReason={order.cancelBlockedReason} />
        <OrderTimeline order={order} locale={locale} />
      </div>
    </div>
  );
}
