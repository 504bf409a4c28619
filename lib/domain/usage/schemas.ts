import { z } from "zod";
import { USAGE_EVENT_TYPES } from "./event-types";

export const usageEventInput = z.object({
  /** Client-generated id: an event replayed from an offline tablet is stored once. */
  id: z.string().min(8).max(64),
  type: z.enum(USAGE_EVENT_TYPES),
  occurredAt: z.iso.datetime({ offset: true }),
  payload: z.record(z.string(), z.unknown()).default({}),
});

export const usageBatchSchema = z.object({
  events: z.array(usageEventInput).min(1, "Send at least one event.").max(500, "Send at most 500 events per batch."),
});

export const usageBatchResponse = z.object({ accepted: z.number().int(), duplicates: z.number().int() });
