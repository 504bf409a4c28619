import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import { usageEvents } from "@/lib/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { UsageEventType } from "./event-types";

export type UsageWho = { userId: string | null; storeId: number | null; deviceId: string | null };

/** Payloads stay small: ids and short facts, never personal data. */
const MAX_PAYLOAD_BYTES = 2048;

function boundedPayload(payload: Record<string, unknown>): Record<string, unknown> {
  const json = JSON.stringify(payload);
  return json.length <= MAX_PAYLOAD_BYTES ? payload : { truncated: true, keys: Object.keys(payload).slice(0, 20) };
}

/** Records one thing done with the tool. Every capability calls this; the manager dashboards read only these. */
export async function recordUsage(
  db: DbOrTx,
  who: UsageWho,
  type: UsageEventType,
  payload: Record<string, unknown>,
  opts: { occurredAt?: Date; clientId?: string } = {},
): Promise<void> {
  await db
    .insert(usageEvents)
    .values({
      type,
      userId: who.userId,
      storeId: who.storeId,
      deviceId: who.deviceId,
      occurredAt: opts.occurredAt ?? new Date(),
      clientId: opts.clientId ?? null,
      payload: boundedPayload(payload),
    })
    // A replayed offline event (same client id) is stored once.
    .onConflictDoNothing();
}

export function usageWho(actor: Actor): UsageWho {
  return actor.kind === "user"
    ? { userId: actor.userId, storeId: actor.deviceStoreId ?? actor.storeId, deviceId: actor.deviceId }
    : { userId: null, storeId: actor.storeId, deviceId: null };
}

export function recordUsageBy(db: DbOrTx, actor: Actor, type: UsageEventType, payload: Record<string, unknown> = {}) {
  return recordUsage(db, usageWho(actor), type, payload);
}
