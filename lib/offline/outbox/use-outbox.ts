"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { drainOutbox, onSendingChange, sendingIds } from "./drain";
import { readAssociate, subscribeAssociate, type DeviceAssociate } from "./associate";
import { waitingCounts } from "./queue-rules";
import { listRecords, onOutboxChange, readPayload, readProblem } from "./store";
import type { OutboxRecord, Problem, Sealed } from "./types";

export function useDeviceAssociate(): DeviceAssociate | null {
  return useSyncExternalStore(subscribeAssociate, readAssociate, () => null);
}

export type EntryView = { record: OutboxRecord; payload: unknown; problem: Problem | null };

/**
 * The outbox as the signed-in associate sees it: their own entries opened (another associate's stay sealed and
 * are only counted), newest first.
 */
export function useOutbox(userId: string | null) {
  const [state, setState] = useState<{ mine: EntryView[]; counts: ReturnType<typeof waitingCounts> }>({ mine: [], counts: { mine: 0, others: 0, attention: 0 } });
  useEffect(() => {
    let alive = true;
    // A drain changes the outbox once per entry sent: reads are coalesced (one at a time, one more if something
    // changed meanwhile) and each sealed value is opened once, or 50 queued entries cost 50 x 50 decryptions.
    // Only what the last read still holds is kept: a payload wiped once sent does not linger here either.
    let reading = false;
    let again = false;
    let opened = new Map<string, unknown>();
    const open = async (kept: Map<string, unknown>, sealed: Sealed | null, id: string, read: () => Promise<unknown>) => {
      if (!sealed) return null;
      const key = `${id}:${sealedKey(sealed)}`;
      const value = opened.has(key) ? opened.get(key) : await read().catch(() => null);
      kept.set(key, value);
      return value;
    };
    const load = async () => {
      if (reading) {
        again = true;
        return;
      }
      reading = true;
      try {
        do {
          again = false;
          // Usage records wait and drain like the rest, but are bookkeeping, not the associate's work: not listed or counted.
          const all = (await listRecords().catch(() => [] as OutboxRecord[])).filter((r) => r.kind !== "usage");
          const kept = new Map<string, unknown>();
          const mine = await Promise.all(
            all
              .filter((r) => r.userId === userId)
              .sort((a, b) => b.createdAt - a.createdAt || b.seq - a.seq)
              .map(async (record) => ({
                record,
                payload: await open(kept, record.payload, record.id, () => readPayload(record)),
                problem: (await open(kept, record.problem, `${record.id}:problem`, () => readProblem(record))) as Problem | null,
              })),
          );
          opened = kept;
          if (alive) setState({ mine, counts: waitingCounts(all, userId) });
        } while (again && alive);
      } finally {
        reading = false;
      }
    };
    void load();
    const off = onOutboxChange(() => void load());
    return () => {
      alive = false;
      off();
    };
  }, [userId]);
  return state;
}

/** A sealed value's identity: its random IV (a new one each time anything is sealed). */
function sealedKey(sealed: Sealed): string {
  let out = "";
  for (const b of sealed.iv) out += b.toString(16).padStart(2, "0");
  return out;
}

export function useSendingIds(): ReadonlySet<string> {
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => onSendingChange(() => setIds(new Set(sendingIds()))), []);
  return ids;
}

const TIMER_MS = 5_000;

/**
 * Drains the signed-in associate's outbox: at once on start, when the network returns (backoff ignored), when
 * something is queued, and every few seconds for what waits on a backoff.
 */
export function useOutboxSync(userId: string | null) {
  useEffect(() => {
    if (!userId) return;
    const drain = (force: boolean) => {
      if (navigator.onLine) void drainOutbox({ userId, force });
    };
    drain(true);
    const onOnline = () => drain(true);
    window.addEventListener("online", onOnline);
    const timer = window.setInterval(() => drain(false), TIMER_MS);
    const off = onOutboxChange(() => drain(false));
    return () => {
      window.removeEventListener("online", onOnline);
      window.clearInterval(timer);
      off();
    };
  }, [userId]);
}
