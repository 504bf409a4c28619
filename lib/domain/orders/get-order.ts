import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { errors } from "@/lib/errors";
import { loadOrderDetail } from "./load-order-detail";
import type { OrderDetail } from "./schemas";

/**
 * One order by id, chain-wide: after-sales works in any store once the order was found by its exact number,
 * phone or email (ids are only learnt that way or from the store's own lists). When a person sees the
 * customer's contact details, the view is written to the audit log.
 */
export async function getOrder(db: Db, actor: Actor, orderId: string, opts: { withContact?: boolean; screen?: string } = {}): Promise<OrderDetail> {
  const withContact = opts.withContact ?? false;
  const detail = await loadOrderDetail(db, orderId, { withContact });
  if (!detail) throw errors.notFound("That order");
  if (withContact && actor.kind === "user") {
    await writeAudit(db, actor, {
      action: "view_contact",
      entity: "customer",
      entityId: detail.customer.id,
      screen: opts.screen ?? "order",
      detail: { orderId: detail.id, orderNumber: detail.number },
    });
  }
  return detail;
}
