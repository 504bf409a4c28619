import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { loadPlanContext } from "./load-plan-context";
import { planOrder, resolveDestination, type FulfilmentInput } from "./plan-order";
import { formatPromise } from "./promise-date";
import type { OrderLineInput, OutOfStockDetails } from "./schemas";

export type FailedLine = { index: number; variantId: number; requestedSource: number | "best" | "here"; triedStoreIds: number[] };

/** Thrown inside the order's transaction so it rolls back; turned into the 409 once the rollback is done. */
export class ReservationFailed extends Error {
  constructor(readonly failed: FailedLine[]) {
    super("reservation failed");
    this.name = "ReservationFailed";
  }
}

/**
 * The 409 the associate sees when stock vanished between look and confirm: per failed line, the stores
 * tried and the next-best sources with their promise dates, read after the rollback so the figures are current.
 */
export async function outOfStockError(
  db: DbOrTx,
  failure: ReservationFailed,
  args: { sellingStoreId: number; fulfilment: FulfilmentInput; lines: readonly OrderLineInput[]; now: Date },
): Promise<AppError> {
  const ctx = await loadPlanContext(db, args);
  const planned = planOrder(ctx, resolveDestination(args.fulfilment, ctx.stores), args.lines);
  const details: OutOfStockDetails = {
    lines: failure.failed.map((f) => {
      const line = planned[f.index];
      const ranked = line ? [...(line.source && line.kind === "ship" ? [line.source] : []), ...line.alternatives] : [];
      const seen = new Set<number>();
      const alternatives = ranked.filter((o) => !f.triedStoreIds.includes(o.storeId) && o.available >= (line?.qty ?? 1) && !seen.has(o.storeId) && seen.add(o.storeId));
      return { index: f.index, variantId: f.variantId, sku: line?.variant?.sku ?? null, requestedSource: f.requestedSource, triedStoreIds: f.triedStoreIds, alternatives: alternatives.slice(0, 3) };
    }),
  };
  const first = details.lines[0];
  const where = first ? ctx.stores.get(first.triedStoreIds.at(-1) ?? -1)?.code : undefined;
  const alt = first?.alternatives[0];
  const message =
    details.lines.length > 1
      ? `${details.lines.length} items are no longer available where chosen; each line shows where else they can come from.`
      : `${first?.sku ?? "This item"} is no longer available${where ? ` at ${where}` : ""}.` +
        (alt ? ` ${alt.code} can have it ${formatPromise(alt.promiseDate, "en-GB")}.` : " No other store has enough.");
  return new AppError("out_of_stock", message, 409, undefined, undefined, details);
}
