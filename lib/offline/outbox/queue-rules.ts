import type { OutboxRecord } from "./types";

export type QueueItem = Pick<OutboxRecord, "id" | "userId" | "createdAt" | "seq" | "status" | "nextAttemptAt" | "dependsOn" | "result">;

/** Oldest first; entries made in the same millisecond keep the order they were made in. */
export function fifo(a: Pick<QueueItem, "createdAt" | "seq" | "id">, b: Pick<QueueItem, "createdAt" | "seq" | "id">): number {
  return a.createdAt - b.createdAt || a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export type WaitReason = "sent" | "attention" | "other_associate" | "not_due" | "waiting_for_dependency";

/**
 * Why an entry is not sent now, or null when it is due. Entries are sent only as their author, so another
 * associate's work waits for their next sign-in; `force` (back online, Send now) ignores the backoff.
 */
export function waitReason(item: QueueItem, byId: ReadonlyMap<string, QueueItem>, ctx: { userId: string; now: number; force?: boolean }): WaitReason | null {
  if (item.status === "sent") return "sent";
  if (item.status === "attention") return "attention";
  if (item.userId !== ctx.userId) return "other_associate";
  if (item.dependsOn) {
    const dep = byId.get(item.dependsOn);
    // A missing dependency was discarded: the entry falls back to what it carries itself (see customerFor).
    if (dep && dep.status !== "sent") return "waiting_for_dependency";
  }
  if (!ctx.force && item.nextAttemptAt > ctx.now) return "not_due";
  return null;
}

/**
 * The signed-in associate's entries that can go now, in the order they were made. One waiting out its backoff
 * holds back everything after it, so the server sees the associate's work in the order it was done.
 */
export function dueEntries<T extends QueueItem>(items: readonly T[], ctx: { userId: string; now: number; force?: boolean }): T[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const due: T[] = [];
  for (const i of [...items].sort(fifo)) {
    const why = waitReason(i, byId, ctx);
    if (why === "not_due") break;
    if (why === null) due.push(i);
  }
  return due;
}

export type CustomerRefResolution<C> = { ready: { id: string } | C } | { wait: true } | { missing: true };

/**
 * The customer an order (or note, consent, hold) is for when it was captured offline: the server's id once the
 * capture went through (it may be an existing customer with the same contact), the typed contact if the capture
 * was discarded, else it waits.
 */
export function customerFor<C>(dependency: QueueItem | undefined, fallbackContact: C | undefined): CustomerRefResolution<C> {
  if (!dependency) return fallbackContact ? { ready: fallbackContact } : { missing: true };
  if (dependency.status !== "sent") return { wait: true };
  const id = dependency.result?.customerId;
  if (id) return { ready: { id } };
  return fallbackContact ? { ready: fallbackContact } : { missing: true };
}

/** How many are still to go for one associate (what the top bar shows) and for everyone else on this tablet. */
export function waitingCounts(items: readonly QueueItem[], userId: string | null): { mine: number; others: number; attention: number } {
  let mine = 0;
  let others = 0;
  let attention = 0;
  for (const i of items) {
    if (i.status === "sent") continue;
    if (i.userId === userId) {
      mine++;
      if (i.status === "attention") attention++;
    } else others++;
  }
  return { mine, others, attention };
}
