import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/lib/db/client";
import { periodDto, type DashboardScope } from "./dashboard-scope";
import type { FlowsDto } from "./schemas";
import { facetCounts, SEP } from "./facets";
import { countsByType } from "./usage-facts";
import { compareFlowSteps } from "./rules";

/** Conversation flows across all scripts: runs started, finished, abandoned, and each step completed or skipped. */
export async function flows(db: Db, s: DashboardScope): Promise<FlowsDto> {
  const c = await countsByType(db, s, ["flow_started", "flow_finished", "flow_abandoned"]);
  const bySteps = new Map<string, { flowId: string | null; stepId: string; reached: number; completed: number; skipped: number }>();
  for (const f of await facetCounts(db, s, ["flow_step_shown", "flow_step_completed", "flow_step_skipped"])) {
    const row = bySteps.get(f.facet) ?? { flowId: f.facet.split(SEP)[0] || null, stepId: f.facet.split(SEP).slice(1).join(SEP), reached: 0, completed: 0, skipped: 0 };
    if (f.type === "flow_step_shown") row.reached += f.events;
    else if (f.type === "flow_step_completed") row.completed += f.events;
    else row.skipped += f.events;
    bySteps.set(f.facet, row);
  }
  // Managers read flows by name (the id stays for BI tools) and steps in the order the flow has them now; steps an
  // older version had come after, by id; steps of events without a flow last. At most 1000 rows.
  const ids = [...new Set([...bySteps.values()].flatMap((r) => (r.flowId && /^[0-9a-f-]{36}$/i.test(r.flowId) ? [r.flowId] : [])))];
  const known = new Map(
    ids.length
      ? rowsOf<{ id: string; name: string; steps: string[] | null }>(
          await db.execute(sql`
            SELECT id::text, name, ARRAY(SELECT jsonb_array_elements(draft->'steps')->>'id') AS steps
            FROM flows WHERE id = ANY(string_to_array(${ids.join(",")}, ',')::uuid[])`),
        ).map((r) => [r.id, { name: r.name, position: new Map((r.steps ?? []).map((id, i) => [id, i])) }])
      : [],
  );
  const steps = [...bySteps.values()]
    .map((r) => ({ ...r, flowName: r.flowId ? (known.get(r.flowId)?.name ?? null) : null }))
    .sort((x, y) => compareFlowSteps(x, y, (r) => (r.flowId ? known.get(r.flowId)?.position.get(r.stepId) : undefined)))
    .slice(0, 1000);
  return {
    period: periodDto(s),
    started: c.flow_started ?? 0,
    finished: c.flow_finished ?? 0,
    abandoned: c.flow_abandoned ?? 0,
    steps,
  };
}
