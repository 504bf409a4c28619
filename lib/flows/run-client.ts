"use client";

import { getActiveRunsAction, listFlowsAction, runEventAction, startRunAction } from "@/lib/domain/flows/actions";
import type { RunEvent } from "@/lib/domain/flows/rules";
import type { FlowRunDto, FlowSummaryDto } from "@/lib/domain/flows/schemas";
import { enqueue, pendingKeys, queueKey, readQueue, replayQueue, type SendOutcome } from "./event-queue";

export const runsKey = (userId: string, visitId: string | null) => ["flow-runs", userId, visitId] as const;
export const flowsKey = ["flows", "runnable"] as const;

/** A refusal the associate should read (not a dropped connection). */
export class RunnerError extends Error {}

// Codes worth sending again later: the server or the session was not there, not the event being wrong.
const RETRY_CODES = new Set(["unavailable", "unauthenticated", "rate_limited"]);

export async function fetchActiveRuns(visitId: string): Promise<FlowRunDto[]> {
  const res = await getActiveRunsAction({ visitId });
  if (!res.ok) throw new RunnerError(res.error.message);
  return res.data;
}

/** Published flows this store may run (editors also see drafts and other stores' flows; those are left out). */
export async function fetchRunnableFlows(storeId: number | null): Promise<FlowSummaryDto[]> {
  const res = await listFlowsAction({});
  if (!res.ok) throw new RunnerError(res.error.message);
  return res.data.filter((f) => f.status === "published" && (f.storeIds == null || (storeId != null && f.storeIds.includes(storeId))));
}

export async function startRun(flowId: string, visitId: string, customerId?: string): Promise<FlowRunDto> {
  let res: Awaited<ReturnType<typeof startRunAction>>;
  try {
    res = await startRunAction({ flowId, visitId, ...(customerId ? { customerId } : {}) });
  } catch {
    throw new RunnerError("offline");
  }
  if (!res.ok) throw new RunnerError(res.error.message);
  return res.data;
}

async function sendOnce(runId: string, event: RunEvent): Promise<{ outcome: SendOutcome; run?: FlowRunDto; message?: string }> {
  try {
    const res = await runEventAction({ runId, event });
    if (res.ok) return { outcome: "sent", run: res.data };
    return { outcome: RETRY_CODES.has(res.error.code) ? "offline" : "rejected", message: res.error.message };
  } catch {
    // The action's fetch itself failed: no connection.
    return { outcome: "offline" };
  }
}

/**
 * Sends one run event, or queues it on this tablet when offline (or while older events still wait, so the
 * server sees them in the order they were made). Returns the run as it now stands, or null when queued.
 */
export async function sendRunEvent(userId: string, visitId: string, runId: string, event: RunEvent): Promise<FlowRunDto | null> {
  const key = queueKey(userId, visitId);
  if (!navigator.onLine || readQueue(localStorage, key).length > 0) {
    enqueue(localStorage, key, { runId, event });
    return null;
  }
  const sent = await sendOnce(runId, event);
  if (sent.outcome === "offline") {
    enqueue(localStorage, key, { runId, event });
    return null;
  }
  if (sent.outcome === "rejected" || !sent.run) throw new RunnerError(sent.message ?? "");
  return sent.run;
}

/** Sends what waits on this tablet for the associate, visit by visit. Returns how many left the queue. */
export async function replayPending(userId: string): Promise<number> {
  let moved = 0;
  for (const key of pendingKeys(localStorage, userId)) {
    const r = await replayQueue(localStorage, key, async (q) => (await sendOnce(q.runId, q.event)).outcome);
    moved += r.sent + r.rejected;
  }
  return moved;
}

export function pendingCount(userId: string): number {
  return pendingKeys(localStorage, userId).reduce((n, k) => n + readQueue(localStorage, k).length, 0);
}
