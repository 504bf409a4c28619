import "server-only";
import { eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { storeScope } from "@/lib/auth/scope";
import type { Db } from "@/lib/db/client";
import { flows } from "@/lib/db/schema";
import { errors } from "@/lib/errors";
import { getFlow, loadFlowRow } from "./get-flow";
import type { AssignStoresInput, FlowDetailDto } from "./schemas";

/**
 * A manager may add or remove their own store only: every other store keeps what it had, so one store's
 * manager can neither take a chain-wide flow away from the others nor hand it to them.
 */
export function onlyOwnStoreChanged(before: number[] | null, after: number[] | null, own: number): boolean {
  if (before == null || after == null) return before == null && after == null;
  const a = new Set(before);
  const b = new Set(after);
  return [...a, ...b].every((s) => s === own || (a.has(s) && b.has(s)));
}

/** Chooses the stores that see a flow (null = every store). */
export async function assignStores(db: Db, actor: Actor, input: AssignStoresInput): Promise<FlowDetailDto> {
  const scope = storeScope(actor);
  const storeIds = input.storeIds == null ? null : [...new Set(input.storeIds)].sort((a, b) => a - b);
  if (!scope.all) {
    const row = await loadFlowRow(db, input.flowId);
    if (!onlyOwnStoreChanged(row.storeIds ?? null, storeIds, scope.storeId)) throw errors.forbidden("You can add or remove your own store only.");
  }
  const [row] = await db.update(flows).set({ storeIds, updatedAt: new Date() }).where(eq(flows.id, input.flowId)).returning({ id: flows.id });
  if (!row) throw errors.notFound("That flow");
  return getFlow(db, actor, input.flowId);
}
