import type { Actor } from "@/lib/auth/actor";
import { workingStoreId } from "@/lib/auth/scope";
import { errors } from "@/lib/errors";

/**
 * The store stock reads are seen from ("here", distances, promise dates). Stock of every store is visible to
 * every role, so naming another store reveals nothing private; without one, it is the caller's working store.
 */
export function resolveOriginStore(actor: Actor, requested: number | undefined): number {
  if (requested !== undefined) return requested;
  const id = workingStoreId(actor);
  if (id == null) throw errors.validation("Say which store to look from: add store=<store id>.", { store: "Choose a store." });
  return id;
}
