import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import { recordUsage } from "@/lib/domain/usage/record-usage";
import type { UsageEventType } from "@/lib/domain/usage/event-types";
import type { RunEffect } from "./rules";
import type { RunRow } from "./run-dto";

const TYPE: Record<RunEffect["type"], UsageEventType> = {
  shown: "flow_step_shown",
  completed: "flow_step_completed",
  skipped: "flow_step_skipped",
  answered: "flow_answer",
  finished: "flow_finished",
  abandoned: "flow_abandoned",
};

/**
 * One usage event per effect of a run event, timed from when the step was shown. Answers carry the
 * choice id or what was captured, never free text (a name is personal data).
 */
export async function recordRunEffects(db: DbOrTx, run: Pick<RunRow, "id" | "flowId" | "version" | "userId" | "storeId" | "deviceId">, effects: RunEffect[], shownAt: Date | null, now: Date) {
  const who = { userId: run.userId, storeId: run.storeId, deviceId: run.deviceId };
  const ms = shownAt ? Math.max(0, now.getTime() - shownAt.getTime()) : null;
  for (const e of effects) {
    const { type, ...rest } = e;
    const timed = type === "completed" || type === "skipped" || type === "answered" ? { ms: "auto" in rest && rest.auto ? 0 : ms } : {};
    await recordUsage(db, who, TYPE[type], { flowId: run.flowId, runId: run.id, version: run.version, ...rest, ...timed }, { occurredAt: now });
  }
}
