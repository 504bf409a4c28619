import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/lib/db/client";
import { periodDto, type DashboardScope } from "./dashboard-scope";
import type { FlowsDto } from "./schemas";
import { countsByType, rawWhere } from "./usage-facts";

/** Conversation flows across all scripts: runs started, finished, abandoned, and each step completed or skipped. */
export async function flows(db: Db, s: DashboardScope): Promise<FlowsDto> {
  const c = await countsByType(db, s, ["flow_started", "flow_finished", "flow_abandoned"]);
  const steps = rowsOf<{ flow_id: string | null; step_id: string; reached: number; completed: number; skipped: number }>(
    await db.execute(sql`
      SELECT payload->>'flowId' AS flow_id, payload->>'stepId' AS step_id,
             count(*) FILTER (WHERE type = 'flow_step_shown')::int AS reached,
             count(*) FILTER (WHERE type = 'flow_step_completed')::int AS completed,
             count(*) FILTER (WHERE type = 'flow_step_skipped')::int AS skipped
      FROM usage_events WHERE ${rawWhere(s, ["flow_step_shown", "flow_step_completed", "flow_step_skipped"])} AND payload ? 'stepId'
      GROUP BY 1, 2 ORDER BY 1, 2 LIMIT 1000`),
  );
  return {
    period: periodDto(s),
    started: c.flow_started ?? 0,
    finished: c.flow_finished ?? 0,
    abandoned: c.flow_abandoned ?? 0,
    steps: steps.map((r) => ({ flowId: r.flow_id, stepId: r.step_id, reached: r.reached, completed: r.completed, skipped: r.skipped })),
  };
}
