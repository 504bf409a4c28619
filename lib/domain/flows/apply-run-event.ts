import "server-only";
import { eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { flowRuns } from "@/lib/db/schema";
import { errors } from "@/lib/errors";
import { nextStep, type RunEvent, type RunState } from "./rules";
import { loadPinnedDocument, runDto } from "./run-dto";
import { recordRunEffects } from "./run-usage";
import type { FlowRunDto } from "./schemas";

/** Applies one event to the associate's run on the version it was started on, and records what happened. */
export async function applyRunEvent(db: Db, actor: Actor, runId: string, event: RunEvent, now = new Date()): Promise<FlowRunDto> {
  if (actor.kind !== "user") throw errors.forbidden("Flows are run by a person on the floor.");
  return db.transaction(async (tx) => {
    // The row lock keeps two quick taps from both advancing from the same step.
    const [run] = await tx.select().from(flowRuns).where(eq(flowRuns.id, runId)).for("update");
    if (!run || run.userId !== actor.userId) throw errors.notFound("That run");
    const { doc, flowName } = await loadPinnedDocument(tx, run.flowId, run.version);
    if (run.status !== "active") throw errors.conflict(`This flow has already ${run.status === "finished" ? "finished" : "been closed"}.`);
    const state = run.state as RunState;
    const t = nextStep(doc, state, run.currentStep, event);
    if (t.effects.length === 0 && t.state === state) return runDto(run, doc, flowName);
    const moved = t.effects.some((e) => e.type === "shown");
    const nextState: RunState = { ...t.state, shownAt: moved ? now.toISOString() : state.shownAt };
    const [updated] = await tx
      .update(flowRuns)
      .set({
        state: nextState,
        currentStep: t.currentStep,
        status: t.status,
        customerId: t.state.customerId ?? run.customerId,
        updatedAt: now,
        ...(t.status !== "active" ? { finishedAt: now } : {}),
      })
      .where(eq(flowRuns.id, runId))
      .returning();
    await recordRunEffects(tx, run, t.effects, state.shownAt ? new Date(state.shownAt) : null, now);
    return runDto(updated!, doc, flowName);
  });
}
