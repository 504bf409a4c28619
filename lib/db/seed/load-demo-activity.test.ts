import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf, type DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import type { DashboardScope } from "@/lib/domain/dashboards/dashboard-scope";
import { adoption } from "@/lib/domain/dashboards/adoption";
import { associates } from "@/lib/domain/dashboards/associates";
import { demand } from "@/lib/domain/dashboards/demand";
import { flows } from "@/lib/domain/dashboards/flows";
import { outcomes } from "@/lib/domain/dashboards/outcomes";
import { ensureShippedFlows } from "@/lib/domain/flows/ensure-shipped-flows";
import { loadChain } from "./load-chain";
import { loadDemoActivity } from "./load-demo-activity";
import { TEST_SCALE } from "./params";

let h: DbHandle;
let loaded: Awaited<ReturnType<typeof loadDemoActivity>>;
beforeAll(async () => {
  h = await createTestDb();
  const chain = await loadChain(h.db, TEST_SCALE);
  await ensureShippedFlows(h.db);
  loaded = await loadDemoActivity(h.db, chain.params);
}, 120_000);
afterAll(async () => h?.close());

const day = (t: number) => new Date(t).toLocaleDateString("en-CA", { timeZone: "Europe/Madrid" });
// The first store (MAD01), the last 30 days: what its manager sees on opening the dashboards of the demo.
const mad01: DashboardScope = { storeId: 1, region: null, userId: null, from: day(Date.now() - 29 * 86_400_000), to: day(Date.now()) };

describe("the demo's tablet history on the dashboards", () => {
  it("is rolled up: the roll-ups hold every event", async () => {
    expect(loaded.events).toBeGreaterThan(1_000);
    const [r] = rowsOf<{ rolled: string; raw: string }>(
      await h.db.execute(sql`SELECT (SELECT sum(events) FROM usage_daily)::text AS rolled, (SELECT count(*) FROM usage_events)::text AS raw`),
    );
    expect(r!.rolled).toBe(r!.raw);
  });

  it("fills every screen of a store manager", async () => {
    const a = await adoption(h.db, mad01);
    expect(a.days.some((d) => d.activeAssociates >= 2 && d.minutesInUse > 0)).toBe(true);
    expect(a.sessions.previous).toBeGreaterThan(0);
    // MAD01's second tablet has been in a drawer for ten days.
    expect(a.idleDevices.map((d) => d.storeId)).toEqual([1]);

    const o = await outcomes(h.db, mad01);
    expect(o.funnel.stockLookups).toBeGreaterThan(0);
    expect(o.funnel.ordersToHome).toBeGreaterThan(0);
    expect(o.funnel.lostSales).toBeGreaterThan(0);
    expect(o.ordersBySourceStore.every((s) => s.sourceStoreId !== 1 && s.valueCents > 0)).toBe(true);
    expect(o.consentGrants.map((c) => c.purpose).sort()).toEqual(["marketing_email", "marketing_sms", "personalisation"]);

    const f = await flows(h.db, mad01);
    expect(f.started).toBeGreaterThan(f.finished);
    expect(f.steps.every((s) => s.flowName !== null)).toBe(true);
    // Flows by name, each flow's steps in the order the flow has them.
    const drafts = rowsOf<{ id: string; name: string; steps: string[] }>(
      await h.db.execute(sql`SELECT id::text, name, ARRAY(SELECT jsonb_array_elements(draft->'steps')->>'id') AS steps FROM flows`),
    );
    const flowIds = [...new Set(f.steps.map((s) => s.flowId))];
    expect(flowIds.map((id) => drafts.find((d) => d.id === id)!.name)).toEqual(flowIds.map((id) => drafts.find((d) => d.id === id)!.name).sort((a, b) => a.localeCompare(b)));
    for (const d of drafts.filter((x) => flowIds.includes(x.id))) {
      const shown = f.steps.filter((s) => s.flowId === d.id).map((s) => s.stepId);
      expect(shown).toEqual(d.steps.filter((id) => shown.includes(id)));
    }

    expect((await demand(h.db, mad01)).rows.length).toBeGreaterThan(0);

    const people = await associates(h.db, mad01);
    expect(people.associates).toHaveLength(TEST_SCALE.associatesPerStore);
    expect(people.associates.every((p) => p.minutesInUse > 0)).toBe(true);
    expect(people.associates.filter((p) => p.hints.some((x) => x.key === "capture"))).toHaveLength(1);
  });
});
