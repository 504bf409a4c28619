"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { drainOutbox, onSendingChange, sendingIds } from "./drain";
import { readAssociate, subscribeAssociate, type DeviceAssociate } from "./associate";
import { waitingCounts } from "./queue-rules";
import { listRecords, onOutboxChange, readPayload, readProblem } from "./store";
import type { OutboxRecord, Problem } from "./types";

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
    const load = async () => {
      // Usage records wait and drain like the rest, but are bookkeeping, not the associate's work: not listed or counted.
      const all = (await listRecords().catch(() => [] as OutboxRecord[])).filter((r) => r.kind !== "usage");
      const mine = await Promise.all(
        all
          .filter((r) => r.userId === userId)
          .sort((a, b) => b.createdAt - a.createdAt || b.seq - a.seq)
          .map(async (record) => ({
            record,
            payload: await readPayload(record).catch(() => null),
            problem: await readProblem(record).catch(() => null),
          })),
      );
      if (alive) setState({ mine, counts: waitingCounts(all, userId) });
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
