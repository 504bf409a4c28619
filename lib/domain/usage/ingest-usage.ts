import "server-only";
import type { Db } from "@/lib/db/client";
import { usageEvents } from "@/lib/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { errors } from "@/lib/errors";
import type { z } from "zod";
import type { usageBatchSchema } from "./schemas";
import { usageWho } from "./record-usage";

/** Events may arrive late from an offline tablet, but not from the future. */
const MAX_CLOCK_SKEW_MS = 10 * 60 * 1000;

/** Stores a batch of events from a tablet or integration in one statement; replays are ignored. */
export async function ingestUsage(db: Db, actor: Actor, batch: z.infer<typeof usageBatchSchema>, now = new Date()) {
  const who = usageWho(actor);
  const rows = batch.events.map((e, i) => {
    const occurredAt = new Date(e.occurredAt);
    if (occurredAt.getTime() > now.getTime() + MAX_CLOCK_SKEW_MS) {
      throw errors.validation("An event is dated in the future.", { [`events.${i}.occurredAt`]: "This time is in the future." });
    }
    return { clientId: `${who.userId ?? actor.kind}:${e.id}`, type: e.type, occurredAt, payload: e.payload, ...who };
  });
  const inserted = await db.insert(usageEvents).values(rows).onConflictDoNothing().returning({ id: usageEvents.id });
  return { accepted: inserted.length, duplicates: rows.length - inserted.length };
}
