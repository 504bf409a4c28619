import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { flowRuns } from "@/lib/db/schema";
import { loadPinnedDocument, runDto } from "./run-dto";
import type { FlowRunDto } from "./schemas";

/** The associate's flows still going in this visit, for resuming after a reload. */
export async function listActiveRuns(db: Db, actor: Actor, visitId: string): Promise<FlowRunDto[]> {
  if (actor.kind !== "user") return [];
  const rows = await db
    .select()
    .from(flowRuns)
    .where(and(eq(flowRuns.userId, actor.userId), eq(flowRuns.visitId, visitId), eq(flowRuns.status, "active")))
    .orderBy(asc(flowRuns.startedAt));
  const out: FlowRunDto[] = [];
  for (const r of rows) {
    const { doc, flowName } = await loadPinnedDocument(db, r.flowId, r.version);
    out.push(runDto(r, doc, flowName));
  }
  return out;
}
