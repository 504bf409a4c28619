import "server-only";
import { asc } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { flows } from "@/lib/db/schema";
import { canSeeFlow } from "./flow-access";
import { flowSummary } from "./flow-dto";
import type { FlowSummaryDto } from "./schemas";

/** Published flows for the actor's store; every flow (drafts and archived too) for editors. */
export async function listFlows(db: Db, actor: Actor): Promise<FlowSummaryDto[]> {
  // A chain has tens of flows, so the store filter runs here rather than as jsonb SQL.
  const rows = await db.select().from(flows).orderBy(asc(flows.name));
  return rows.filter((r) => canSeeFlow(actor, r)).map((r) => flowSummary(r));
}
