import "server-only";
import { eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { storeScope } from "@/lib/auth/scope";
import type { Db } from "@/lib/db/client";
import { flows } from "@/lib/db/schema";
import { errors } from "@/lib/errors";
import { getFlow } from "./get-flow";
import type { AssignStoresInput, FlowDetailDto } from "./schemas";

/** Chooses the stores that see a flow (null = every store). A manager may only assign their own store. */
export async function assignStores(db: Db, actor: Actor, input: AssignStoresInput): Promise<FlowDetailDto> {
  const scope = storeScope(actor);
  if (!scope.all && (input.storeIds == null || input.storeIds.some((s) => s !== scope.storeId)))
    throw errors.forbidden("You can assign a flow to your own store only.");
  const storeIds = input.storeIds == null ? null : [...new Set(input.storeIds)].sort((a, b) => a - b);
  const [row] = await db.update(flows).set({ storeIds, updatedAt: new Date() }).where(eq(flows.id, input.flowId)).returning({ id: flows.id });
  if (!row) throw errors.notFound("That flow");
  return getFlow(db, actor, input.flowId);
}
