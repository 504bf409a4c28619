import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { FlowRow } from "./flow-dto";

/** Editors see every flow; everyone else sees published flows assigned to the store they work in. */
export function canSeeFlow(actor: Actor, row: FlowRow): boolean {
  if (can(actor.role, "flow:edit")) return true;
  if (row.status !== "published") return false;
  if (row.storeIds == null) return true;
  const store = actor.deviceStoreId ?? actor.storeId;
  return store != null && row.storeIds.includes(store);
}
