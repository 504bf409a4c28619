import type { RunEvent } from "@/lib/domain/flows/rules";

/** A run event made while offline, kept in localStorage per associate and visit until it reaches the server. */
export type QueuedRunEvent = { id: string; runId: string; event: RunEvent };
/** sent: the server took it; rejected: it never will (the run ended); offline: try again later. */
export type SendOutcome = "sent" | "rejected" | "offline";

export const queuePrefix = (userId: string) => `fw:flow-queue:${userId}:`;
export const queueKey = (userId: string, visitId: string) => `${queuePrefix(userId)}${visitId}`;

export function readQueue(storage: Storage, key: string): QueuedRunEvent[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? "[]");
    return Array.isArray(parsed) ? (parsed as QueuedRunEvent[]) : [];
  } catch {
    return [];
  }
}

function writeQueue(storage: Storage, key: string, items: QueuedRunEvent[]) {
  if (items.length === 0) storage.removeItem(key);
  else storage.setItem(key, JSON.stringify(items));
}

export function enqueue(storage: Storage, key: string, item: Omit<QueuedRunEvent, "id">): QueuedRunEvent {
  const queued = { id: crypto.randomUUID(), ...item };
  writeQueue(storage, key, [...readQueue(storage, key), queued]);
  return queued;
}

/** Every visit of this associate with events still waiting (an ended visit's "abandon" included). */
export function pendingKeys(storage: Storage, userId: string): string[] {
  const prefix = queuePrefix(userId);
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k?.startsWith(prefix)) keys.push(k);
  }
  return keys;
}

/**
 * Sends a visit's queued events oldest first, one at a time, because each one moves the run from where
 * the previous one left it. Stops at the first that cannot be sent yet; a rejected one is dropped.
 */
export async function replayQueue(storage: Storage, key: string, send: (item: QueuedRunEvent) => Promise<SendOutcome>): Promise<{ sent: number; rejected: number; remaining: number }> {
  let sent = 0;
  let rejected = 0;
  for (;;) {
    const head = readQueue(storage, key)[0];
    if (!head) break;
    const outcome = await send(head);
    if (outcome === "offline") break;
    if (outcome === "sent") sent++;
    else rejected++;
    // Re-read: events may have been queued while this one was in flight.
    writeQueue(storage, key, readQueue(storage, key).filter((q) => q.id !== head.id));
  }
  return { sent, rejected, remaining: readQueue(storage, key).length };
}
