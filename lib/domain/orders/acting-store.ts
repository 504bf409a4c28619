import type { Actor } from "@/lib/auth/actor";
import { workingStoreId } from "@/lib/auth/scope";
import { errors } from "@/lib/errors";

/**
 * The store an order or hold is made for. Associates and managers act for their working store (naming
 * another is refused); admins and integration tokens name it in the body (`storeId`); a token bound to one
 * store may only act for that store.
 */
export function actingStoreId(actor: Actor, requested?: number | null): number {
  if (actor.kind === "token") {
    const storeId = requested ?? actor.storeId;
    if (storeId == null) throw errors.validation("Say which store this is for.", { storeId: "Required for integration tokens." });
    if (actor.storeId != null && actor.storeId !== storeId) throw errors.forbidden("This token acts for another store.");
    return storeId;
  }
  const storeId = workingStoreId(actor, requested ?? null);
  if (storeId == null) throw errors.validation("Choose the store you are working in.", { storeId: "Choose a store." });
  return storeId;
}

/** The one store whose queues and lists the actor sees, or null for chain-wide callers (admins, unbound tokens). */
export function confinedStoreId(actor: Actor): number | null {
  if (actor.kind === "token") return actor.storeId;
  if (actor.role === "admin") return null;
  const storeId = actor.deviceStoreId ?? actor.storeId;
  if (storeId == null) throw errors.forbidden("Your account is not attached to a store.");
  return storeId;
}

/** Refuses a store-private read (queues, lists) of a store the actor does not work for. */
export function assertActsFor(actor: Actor, storeId: number): void {
  const confined = confinedStoreId(actor);
  if (confined != null && confined !== storeId) throw errors.forbidden("That belongs to another store.");
}
