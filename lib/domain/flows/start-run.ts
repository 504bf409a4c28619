import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { flowRuns } from "@/lib/db/schema";
import { errors } from "@/lib/errors";
import { recordUsage } from "@/lib/domain/usage/record-usage";
import { canSeeFlow } from "./flow-access";
import { loadFlowRow } from "./get-flow";
import { initialState, type RunState } from "./rules";
import { loadPinnedDocument, runDto } from "./run-dto";
import { recordRunEffects } from "./run-usage";
import type { FlowRunDto, StartRunInput } from "./schemas";

/**
 * Starts a flow for the associate's current visit, on the flow's current version. Starting again the same
 * flow in the same visit returns the run already going (two taps, or a tablet retrying).
 */
export async function startRun(db: Db, actor: Actor, input: StartRunInput, now = new Date()): Promise<FlowRunDto> {
  if (actor.kind !== "user") throw errors.forbidden("Flows are run by a person on the floor.");
  const storeId = actor.deviceStoreId ?? actor.storeId;
  if (storeId == null) throw errors.forbidden("Choose a store before starting a flow.");
  const flow = await loadFlowRow(db, input.flowId);
  // Editors may see every flow, but on the floor anyone runs only the published flows of the store they are in.
  if (flow.status !== "published" || flow.currentVersion == null || !canSeeFlow({ ...actor, role: "associate" }, flow)) throw errors.notFound("That flow");
  const { doc, flowName } = await loadPinnedDocument(db, flow.id, flow.currentVersion);

  return db.transaction(async (tx) => {
    // Serialises starts for one (associate, visit, flow); there is no unique index to lean on.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`flow-run:${actor.userId}:${input.visitId}:${flow.id}`}, 0))`);
    const visitRuns = await tx
      .select()
      .from(flowRuns)
      .where(and(eq(flowRuns.userId, actor.userId), eq(flowRuns.visitId, input.visitId)))
      .orderBy(desc(flowRuns.updatedAt));
    const active = visitRuns.find((r) => r.flowId === flow.id && r.status === "active");
    if (active) {
      const pinned = active.version === flow.currentVersion ? { doc, flowName } : await loadPinnedDocument(tx, active.flowId, active.version);
      return runDto(active, pinned.doc, pinned.flowName);
    }
    // What the customer already told us (size, "no thanks" to capture) carries across the visit's flows.
    const prev = visitRuns[0]?.state as RunState | undefined;
    const customerId = input.customerId ?? visitRuns.find((r) => r.customerId)?.customerId ?? undefined;
    const state: RunState = { ...initialState(prev ? { answers: prev.answers, flags: prev.flags, ...(customerId ? { customerId } : {}) } : undefined), shownAt: now.toISOString() };
    const [run] = await tx
      .insert(flowRuns)
      .values({ flowId: flow.id, version: flow.currentVersion!, userId: actor.userId, storeId, deviceId: actor.deviceId, customerId: customerId ?? null, visitId: input.visitId, currentStep: doc.start, state, startedAt: now, updatedAt: now })
      .returning();
    await recordUsage(tx, { userId: actor.userId, storeId, deviceId: actor.deviceId }, "flow_started", { flowId: flow.id, runId: run!.id, version: run!.version }, { occurredAt: now });
    await recordRunEffects(tx, run!, [{ type: "shown", stepId: doc.start }], null, now);
    return runDto(run!, doc, flowName);
  });
}
