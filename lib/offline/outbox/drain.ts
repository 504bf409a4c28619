import { nextAttemptAt } from "./backoff";
import { dueEntries } from "./queue-rules";
import { sendEntry, type Fetch } from "./send-entry";
import { enqueue, listRecords, markAttention, markRetry, markSent, purgeSent } from "./store";
import type { OutboxRecord, PayloadOf } from "./types";

export type DrainReport = { sent: number; attention: number; stoppedBy: "done" | "offline" | "retry" | "signed_out" | "busy" };

const inFlight = new Set<string>();
const flightListeners = new Set<() => void>();
export const sendingIds = (): ReadonlySet<string> => inFlight;
export function onSendingChange(l: () => void): () => void {
  flightListeners.add(l);
  return () => flightListeners.delete(l);
}
function setSending(id: string, on: boolean) {
  if (on) inFlight.add(id);
  else inFlight.delete(id);
  flightListeners.forEach((l) => l());
}

let running: Promise<DrainReport> | null = null;
let again: { userId: string; force: boolean } | null = null;

type DrainOptions = { userId: string; force?: boolean; fetch?: Fetch; now?: () => number; timeoutMs?: number };

/**
 * Sends the signed-in associate's entries, oldest first, one at a time. One drain at a time per tab, and across
 * tabs through a Web Lock; a request to drain while one runs makes it go round once more at the end.
 */
export function drainOutbox(opts: DrainOptions): Promise<DrainReport> {
  if (running) {
    again = { userId: opts.userId, force: (again?.force ?? false) || !!opts.force };
    return running;
  }
  const locks = typeof navigator !== "undefined" ? navigator.locks : undefined;
  const go = () => drainPass(opts);
  const busy: DrainReport = { sent: 0, attention: 0, stoppedBy: "busy" };
  const started: Promise<DrainReport> = locks
    ? (locks.request("fw-outbox-drain", { ifAvailable: true }, (lock) => (lock ? go() : busy)) as Promise<DrainReport>)
    : go();
  const current = started.finally(() => {
    running = null;
    const next = again;
    again = null;
    if (next) void drainOutbox({ ...opts, ...next });
  });
  running = current;
  return current;
}

async function drainPass({ userId, force = false, fetch: fetchFn = globalThis.fetch.bind(globalThis), now = Date.now, timeoutMs }: DrainOptions): Promise<DrainReport> {
  const report: DrainReport = { sent: 0, attention: 0, stoppedBy: "done" };
  const tried = new Set<string>();
  await purgeSent(now() - 24 * 3600_000);
  for (;;) {
    const all = await listRecords();
    const next = dueEntries(all, { userId, now: now(), force }).find((e) => !tried.has(e.id));
    if (!next) return report;
    tried.add(next.id);
    setSending(next.id, true);
    try {
      const { outcome, payload } = await sendEntry(next, new Map(all.map((r) => [r.id, r])), fetchFn, timeoutMs);
      switch (outcome.kind) {
        case "wait":
          continue;
        case "sent":
          await markSent(next.id, outcome.result, now());
          if (outcome.followUp) await recordConsentsFor(next, payload as PayloadOf["customer"], outcome.followUp.customerId, now());
          report.sent++;
          continue;
        case "attention":
          await markAttention(next.id, outcome.problem);
          report.attention++;
          continue;
        case "signed_out":
          report.stoppedBy = "signed_out";
          return report;
        case "retry":
        case "offline":
          // Order matters: what comes later waits behind this one until it goes.
          await markRetry(next.id, outcome.error, nextAttemptAt(now(), next.attempts + 1, { jitter: Math.random(), ...("retryAfterSeconds" in outcome ? { retryAfterSeconds: outcome.retryAfterSeconds } : {}) }));
          report.stoppedBy = outcome.kind;
          return report;
      }
    } finally {
      setSending(next.id, false);
    }
  }
}

/** A capture that turned out to be an existing customer still carries the customer's yes: record it for them. */
export async function recordConsentsFor(capture: OutboxRecord, payload: PayloadOf["customer"], customerId: string, at: number): Promise<void> {
  for (const c of payload.consents ?? []) {
    await enqueue("consent", {
      userId: capture.userId,
      now: at,
      payload: { customerId, purpose: c.purpose, decision: "granted", textId: c.textId, channel: payload.consentChannel ?? "assisted" },
    });
  }
}
