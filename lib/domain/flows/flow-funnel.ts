import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { storeScope } from "@/lib/auth/scope";
import { rowsOf, type Db } from "@/lib/db/client";
import { usageEvents } from "@/lib/db/schema";
import { parseDocument } from "./flow-dto";
import { loadFlowRow } from "./get-flow";
import type { FlowFunnelDto } from "./schemas";

const TYPES = ["flow_started", "flow_finished", "flow_abandoned", "flow_step_shown", "flow_step_completed", "flow_step_skipped"];

/** How far runs of a flow get, step by step, from usage events only; a manager sees their own store. */
export async function flowFunnel(db: Db, actor: Actor, flowId: string): Promise<FlowFunnelDto> {
  const flow = await loadFlowRow(db, flowId);
  const scope = storeScope(actor);
  const result = await db.execute(
    sql`SELECT ${usageEvents.type} AS type, ${usageEvents.payload}->>'stepId' AS step, count(*)::int AS n
        FROM ${usageEvents}
        WHERE ${and(
          inArray(usageEvents.type, TYPES),
          sql`${usageEvents.payload}->>'flowId' = ${flowId}`,
          scope.all ? undefined : eq(usageEvents.storeId, scope.storeId),
        )}
        GROUP BY 1, 2`,
  );
  const rows = rowsOf<{ type: string; step: string | null; n: number }>(result);
  const total = (type: string) => rows.filter((r) => r.type === type).reduce((a, r) => a + r.n, 0);
  const count = (type: string, step: string) => rows.find((r) => r.type === type && r.step === step)?.n ?? 0;
  const order = parseDocument(flow.draft).steps.map((s) => s.id);
  const seen = new Set(rows.map((r) => r.step).filter((s): s is string => s != null));
  // Steps of older versions that the draft no longer has still show, after the current ones.
  const stepIds = [...order, ...[...seen].filter((s) => !order.includes(s)).sort()];
  return {
    flowId,
    runsStarted: total("flow_started"),
    finished: total("flow_finished"),
    abandoned: total("flow_abandoned"),
    steps: stepIds.map((stepId) => ({
      stepId,
      reached: count("flow_step_shown", stepId),
      completed: count("flow_step_completed", stepId),
      skipped: count("flow_step_skipped", stepId),
    })),
  };
}
