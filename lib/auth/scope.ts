import type { Actor } from "./actor";
import { seesAllStores } from "./permissions";
import { errors } from "@/lib/errors";

/** Stores whose private data (client book, dashboards, queues) the actor may read: one store, or all. */
export function storeScope(actor: Actor): { all: true } | { all: false; storeId: number } {
  if (seesAllStores(actor.role)) return { all: true };
  const storeId = actor.deviceStoreId ?? actor.storeId;
  if (storeId == null) throw errors.forbidden("Your account is not attached to a store.");
  return { all: false, storeId };
}

export function assertStoreAccess(actor: Actor, storeId: number): void {
  const scope = storeScope(actor);
  if (!scope.all && scope.storeId !== storeId) throw errors.forbidden("That belongs to another store.");
}

/**
 * The store the actor is working in: the tablet's store, else their home store; admins may name any.
 * Returns null for an admin at a desk who has not chosen one.
 */
export function workingStoreId(actor: Actor, requested?: number | null): number | null {
  if (requested != null) {
    assertStoreAccess(actor, requested);
    return requested;
  }
  return actor.deviceStoreId ?? actor.storeId;
}
