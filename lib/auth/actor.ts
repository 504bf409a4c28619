import type { ActorRole } from "./permissions";

/** Who is calling: a signed-in person (on a tablet or a desk) or an integration token. */
export type Actor =
  | {
      kind: "user";
      userId: string;
      role: Exclude<ActorRole, "integration">;
      name: string;
      /** Home store; null only for head-office admins. */
      storeId: number | null;
      deviceId: string | null;
      deviceStoreId: number | null;
    }
  | { kind: "token"; tokenId: string; role: "integration"; name: string; storeId: number | null; deviceId: null; deviceStoreId: null };

/** Stable key for per-caller records (idempotency keys, throttles). */
export function actorKey(actor: Actor): string {
  return actor.kind === "user" ? `user:${actor.userId}` : `token:${actor.tokenId}`;
}

export function actorUserId(actor: Actor): string | null {
  return actor.kind === "user" ? actor.userId : null;
}
