import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/lib/db/client";
import { arrayLiteral } from "@/lib/db/bulk-insert";
import type { Actor } from "@/lib/auth/actor";
import { errors } from "@/lib/errors";
import type { z } from "zod";
import type { usageBatchSchema } from "./schemas";
import { usageWho } from "./record-usage";

/** Events may arrive late from an offline tablet, but not from the future. */
const MAX_CLOCK_SKEW_MS = 10 * 60 * 1000;

/**
 * Stores a batch of events from a tablet or integration in one set-based statement (one array parameter per
 * column, whatever the batch size); replays of an event id, earlier or within the batch, are ignored.
 */
export async function ingestUsage(db: Db, actor: Actor, batch: z.infer<typeof usageBatchSchema>, now = new Date()) {
  const who = usageWho(actor);
  const prefix = `${who.userId ?? actor.kind}:`;
  const events = batch.events;
  for (let i = 0; i < events.length; i++) {
    if (Date.parse(events[i]!.occurredAt) > now.getTime() + MAX_CLOCK_SKEW_MS) {
      throw errors.validation("An event is dated in the future.", { [`events.${i}.occurredAt`]: "This time is in the future." });
    }
  }
  const [r] = rowsOf<{ n: number }>(
    await db.execute(sql`
      WITH ins AS (
        INSERT INTO usage_events (client_id, type, occurred_at, payload, user_id, store_id, device_id)
        SELECT t.id, t.type, t.at, t.payload::jsonb, ${who.userId}::uuid, ${who.storeId}::int, ${who.deviceId}::uuid
        FROM unnest(${arrayLiteral(events.map((e) => prefix + e.id))}::text[], ${arrayLiteral(events.map((e) => e.type))}::text[],
                    ${arrayLiteral(events.map((e) => e.occurredAt))}::timestamptz[], ${arrayLiteral(events.map((e) => JSON.stringify(e.payload)))}::text[])
             AS t(id, type, at, payload)
        ON CONFLICT (client_id) DO NOTHING
        RETURNING 1)
      SELECT count(*)::int AS n FROM ins`),
  );
  const accepted = r?.n ?? 0;
  return { accepted, duplicates: events.length - accepted };
}
