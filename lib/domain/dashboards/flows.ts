import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/lib/db/client";
import { periodDto, type DashboardScope } from "./dashboard-scope";
import type { FlowsDto } from "./schemas";
import { facetCounts, SEP } from "./facets";
import { countsByType } from "./usage-facts";

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
  // By flow then step (steps of events without a flow last), at most 1000 rows.
  const key = (r: { flowId: string | null; stepId: string }) => [r.flowId ?? "\uffff", r.stepId] as const;
  const steps = [...bySteps.values()].sort((x, y) => {
    const [a1, a2] = key(x);
    const [b1, b2] = key(y);
    return a1 < b1 ? -1 : a1 > b1 ? 1 : a2 < b2 ? -1 : a2 > b2 ? 1 : 0;
  }).slice(0, 1000);
  // Managers read flows by name (the id stays for BI tools); sorted by id, so a flow's steps stay together.
  const ids = [...new Set(steps.flatMap((r) => (r.flowId && /^[0-9a-f-]{36}$/i.test(r.flowId) ? [r.flowId] : [])))];
  const names = new Map(
    ids.length
      ? rowsOf<{ id: string; name: string }>(await db.execute(sql`SELECT id::text, name FROM flows WHERE id = ANY(string_to_array(${ids.join(",")}, ',')::uuid[])`)).map((r) => [r.id, r.name])
      : [],
  );
  return {
    period: periodDto(s),
    started: c.flow_started ?? 0,
    finished: c.flow_finished ?? 0,
    abandoned: c.flow_abandoned ?? 0,
    steps: steps.map((r) => ({ ...r, flowName: r.flowId ? (names.get(r.flowId) ?? null) : null })),
  };
}
