import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { flowRuns, flowVersions, flows } from "@/lib/db/schema";
import { errors } from "@/lib/errors";
import type { FlowDocument } from "./document";
import { parseDocument } from "./flow-dto";
import { branchOutcomes, stepProgress, type RunState } from "./rules";
import type { FlowRunDto } from "./schemas";

export type RunRow = typeof flowRuns.$inferSelect;

/** The document a run is pinned to: the version it started on, whatever has been published since. */
export async function loadPinnedDocument(db: DbOrTx, flowId: string, version: number): Promise<{ doc: FlowDocument; flowName: string }> {
  const [row] = await db
    .select({ document: flowVersions.document, name: flows.name })
    .from(flowVersions)
    .innerJoin(flows, eq(flows.id, flowVersions.flowId))
    .where(and(eq(flowVersions.flowId, flowId), eq(flowVersions.version, version)));
  if (!row) throw errors.notFound("That flow version");
  return { doc: parseDocument(row.document), flowName: row.name };
}

export function runDto(run: RunRow, doc: FlowDocument, flowName: string): FlowRunDto {
  const state = run.state as RunState;
  const step = doc.steps.find((s) => s.id === run.currentStep);
  return {
    id: run.id,
    flowId: run.flowId,
    flowName,
    version: run.version,
    visitId: run.visitId,
    status: run.status,
    customerId: run.customerId,
    step: step && run.status === "active" ? { id: step.id, say: step.say, why: step.why, question: step.question ?? null, action: step.action ?? null, outcomes: branchOutcomes(step) } : null,
    answers: state.answers ?? {},
    declinedCapture: state.flags?.declinedCapture === true,
    canGoBack: run.status === "active" && (state.history?.length ?? 0) > 0,
    progress: run.status === "active" ? stepProgress(doc, state, run.currentStep) : { done: state.history?.length ?? 0, total: state.history?.length ?? 0, percent: 100 },
    startedAt: run.startedAt.toISOString(),
    updatedAt: run.updatedAt.toISOString(),
  };
}
