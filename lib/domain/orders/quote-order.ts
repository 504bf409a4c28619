import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { DbOrTx } from "@/lib/db/client";
import { actingStoreId } from "./acting-store";
import { loadPlanContext } from "./load-plan-context";
import { planOrder, resolveDestination } from "./plan-order";
import { orderPromiseDate } from "./rules";
import type { QuoteInput, QuoteResult } from "./schemas";

/**
 * Per-line sources, promise dates and totals, reserving nothing: what the associate shows the customer
 * before they agree. The order runs the same planning inside its transaction.
 */
export async function quoteOrder(db: DbOrTx, actor: Actor, input: QuoteInput, opts: { now?: Date } = {}): Promise<QuoteResult> {
  const now = opts.now ?? new Date();
  const sellingStoreId = actingStoreId(actor, input.storeId);
  const ctx = await loadPlanContext(db, { sellingStoreId, fulfilment: input.fulfilment, lines: input.lines, now });
  const planned = planOrder(ctx, resolveDestination(input.fulfilment, ctx.stores), input.lines);
  const lines = planned.map(({ candidates: _candidates, ...line }) => line);
  return {
    ok: lines.every((l) => l.problem === null),
    sellingStoreId,
    fulfilment: input.fulfilment.kind,
    lines,
    promiseDate: orderPromiseDate(lines.map((l) => l.promiseDate)),
    totalCents: lines.reduce((sum, l) => sum + l.lineTotalCents, 0),
    quotedAt: now.toISOString(),
  };
}
