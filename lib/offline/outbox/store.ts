import { outboxDb } from "./db";
import { deviceSealKey, seal, unseal } from "./seal";
import type { EntryKind, EntryResult, OutboxRecord, PayloadOf, Problem } from "./types";

// Listeners in this tab, and a channel so other tabs (and the offline page) see the same outbox.
const listeners = new Set<() => void>();
let channel: BroadcastChannel | null = null;

function bus(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === "undefined") return channel;
  channel = new BroadcastChannel("fw-outbox");
  channel.onmessage = () => listeners.forEach((l) => l());
  return channel;
}

export function onOutboxChange(listener: () => void): () => void {
  bus();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed() {
  listeners.forEach((l) => l());
  bus()?.postMessage("changed");
}

let seq = 0;

/**
 * Puts work in the outbox, sealed with the device key. `id` is the idempotency key the work was started with;
 * queueing the same id twice (a double tap) keeps the first.
 */
export async function enqueue<K extends EntryKind>(
  kind: K,
  /** sentOnce: the online submit may have reached the server already, so only that same request may be repeated. */
  args: { id?: string; userId: string; payload: PayloadOf[K]; dependsOn?: string | null; now?: number; sentOnce?: boolean },
): Promise<OutboxRecord> {
  const db = await outboxDb();
  const id = args.id ?? crypto.randomUUID();
  const record: OutboxRecord = {
    id,
    kind,
    userId: args.userId,
    createdAt: args.now ?? Date.now(),
    seq: seq++,
    dependsOn: args.dependsOn ?? null,
    payload: await seal(await deviceSealKey(db), args.payload, id),
    status: "pending",
    attempts: 0,
    nextAttemptAt: 0,
    lastError: null,
    problem: null,
    result: null,
    sentAt: null,
    sentOnce: args.sentOnce ?? false,
  };
  try {
    await db.add("entries", record);
  } catch {
    const existing = await db.get("entries", id);
    if (existing) return existing;
    throw new Error("The outbox could not save this.");
  }
  changed();
  return record;
}

export async function listRecords(): Promise<OutboxRecord[]> {
  return (await outboxDb()).getAll("entries");
}

export async function getRecord(id: string): Promise<OutboxRecord | undefined> {
  return (await outboxDb()).get("entries", id);
}

export async function readPayload<K extends EntryKind>(record: OutboxRecord & { kind: K }): Promise<PayloadOf[K] | null> {
  if (!record.payload) return null;
  const db = await outboxDb();
  return unseal<PayloadOf[K]>(await deviceSealKey(db), record.payload, record.id);
}

export async function readProblem(record: OutboxRecord): Promise<Problem | null> {
  if (!record.problem) return null;
  const db = await outboxDb();
  return unseal<Problem>(await deviceSealKey(db), record.problem, `${record.id}:problem`);
}

/** Read-modify-write of one entry in one transaction, so two tabs never overwrite each other's update. */
async function update(id: string, change: (r: OutboxRecord) => OutboxRecord | null): Promise<void> {
  const db = await outboxDb();
  const tx = db.transaction("entries", "readwrite");
  const current = await tx.store.get(id);
  if (current) {
    const next = change(current);
    if (next) await tx.store.put(next);
  }
  await tx.done;
  changed();
}

export async function markSent(id: string, result: EntryResult, now = Date.now()): Promise<void> {
  // The payload is wiped once the server has it: personal data does not linger on the tablet.
  await update(id, (r) => ({ ...r, status: "sent", payload: null, problem: null, lastError: null, result, sentAt: now }));
}

export async function markRetry(id: string, error: string, nextAttemptAt: number): Promise<void> {
  await update(id, (r) => ({ ...r, attempts: r.attempts + 1, lastError: error, nextAttemptAt }));
}

export async function markSentOnce(id: string): Promise<void> {
  await update(id, (r) => (r.sentOnce ? null : { ...r, sentOnce: true }));
}

export async function markAttention(id: string, problem: Problem): Promise<void> {
  const db = await outboxDb();
  const sealed = await seal(await deviceSealKey(db), problem, `${id}:problem`);
  await update(id, (r) => ({ ...r, status: "attention", attempts: r.attempts + 1, lastError: problem.code, problem: sealed }));
}

/** The associate changed it (another source, the new price, not a duplicate): send again from scratch. */
export async function retryWithPayload<K extends EntryKind>(record: OutboxRecord & { kind: K }, payload: PayloadOf[K]): Promise<void> {
  const db = await outboxDb();
  const sealed = await seal(await deviceSealKey(db), payload, record.id);
  await update(record.id, (r) => ({ ...r, payload: sealed, status: "pending", attempts: 0, nextAttemptAt: 0, lastError: null, problem: null, sentOnce: false }));
}

/** Send now: everything of this associate that waits on a backoff goes at once. */
export async function makeDue(userId: string): Promise<void> {
  const db = await outboxDb();
  const tx = db.transaction("entries", "readwrite");
  for (const r of await tx.store.getAll()) {
    if (r.userId === userId && r.status === "pending" && r.nextAttemptAt > 0) await tx.store.put({ ...r, nextAttemptAt: 0 });
  }
  await tx.done;
  changed();
}

/** Only ever on the associate's explicit choice. */
export async function discard(id: string): Promise<void> {
  await (await outboxDb()).delete("entries", id);
  changed();
}

/** Sent entries stay a day so the associate can see the order number, then go. */
export async function purgeSent(olderThan: number): Promise<void> {
  const db = await outboxDb();
  const tx = db.transaction("entries", "readwrite");
  for (const r of await tx.store.getAll()) if (r.status === "sent" && (r.sentAt ?? 0) < olderThan) await tx.store.delete(r.id);
  await tx.done;
}

/** How many of an associate's entries have not reached the server (sign-out warns with it). */
export async function unsentCount(userId: string | null): Promise<number> {
  if (!userId) return 0;
  try {
    return (await listRecords()).filter((r) => r.userId === userId && r.status !== "sent").length;
  } catch {
    return 0;
  }
}
