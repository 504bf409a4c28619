"use client";

import type { UsageEventType } from "@/lib/domain/usage/event-types";

type Pending = { id: string; type: UsageEventType; occurredAt: string; payload: Record<string, unknown> };

const queue: Pending[] = [];
let timer: ReturnType<typeof setTimeout> | null = null;

/**
 * Records a usage event from the tablet (search, scan, views). Events are batched and sent to
 * POST /api/v1/usage/events with a client id, so a resend after a lost response is stored once.
 */
export function track(type: UsageEventType, payload: Record<string, unknown> = {}, occurredAt = new Date()): void {
  queue.push({ id: crypto.randomUUID(), type, occurredAt: occurredAt.toISOString(), payload });
  timer ??= setTimeout(flush, 1500);
}

export async function flush(): Promise<void> {
  timer = null;
  if (queue.length === 0) return;
  const batch = queue.splice(0, 500);
  try {
    const res = await fetch("/api/v1/usage/events", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ events: batch }),
      keepalive: true,
    });
    // 4xx means the events themselves are wrong (or the session ended): resending would not help.
    if (res.status >= 500) queue.unshift(...batch);
  } catch {
    if (!(await keepInOutbox(batch))) queue.unshift(...batch);
  }
  if (queue.length) timer = setTimeout(flush, 5000);
}

/**
 * No network: the batch goes to the tablet's outbox (IndexedDB), so it survives a reload or a closed browser and is
 * sent as this associate when the network is back; event ids make a resend harmless. Loaded only when needed.
 */
async function keepInOutbox(batch: Pending[]): Promise<boolean> {
  try {
    const [{ readAssociate }, { enqueue }] = await Promise.all([import("@/lib/offline/outbox/associate"), import("@/lib/offline/outbox/enqueue-lazily")]);
    const who = readAssociate();
    if (!who) return false;
    await enqueue("usage", { id: crypto.randomUUID(), userId: who.userId, payload: { events: batch } });
    return true;
  } catch {
    return false;
  }
}

if (typeof window !== "undefined") {
  window.addEventListener("pagehide", () => void flush());
}
