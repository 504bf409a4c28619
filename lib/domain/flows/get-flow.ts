import "server-only";
import { and, eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { flowVersions, flows } from "@/lib/db/schema";
import { errors } from "@/lib/errors";
import { canSeeFlow } from "./flow-access";
import { flowSummary, parseDocument, type FlowRow } from "./flow-dto";
import type { FlowDetailDto } from "./schemas";
import { validateFlow } from "./validate-flow";

export async function loadFlowRow(db: Db, flowId: string): Promise<FlowRow> {
  const [row] = await db.select().from(flows).where(eq(flows.id, flowId));
  if (!row) throw errors.notFound("That flow");
  return row;
}

/** A flow's current published version, and for editors its draft with what would stop it publishing. */
export async function getFlow(db: Db, actor: Actor, flowId: string): Promise<FlowDetailDto> {
  const row = await loadFlowRow(db, flowId);
  if (!canSeeFlow(actor, row)) throw errors.notFound("That flow");
  const [version] =
    row.currentVersion == null
      ? []
      : await db.select({ document: flowVersions.document }).from(flowVersions).where(and(eq(flowVersions.flowId, flowId), eq(flowVersions.version, row.currentVersion)));
  const published = version ? parseDocument(version.document) : null;
  const editor = can(actor.role, "flow:edit");
  const draft = editor ? parseDocument(row.draft) : null;
  return { ...flowSummary(row), published, draft, problems: draft ? validateFlow(draft).problems : [] };
}
