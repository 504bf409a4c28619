import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { rowsOf, type DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import { stores, usageEvents, users } from "@/lib/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { adoption } from "./adoption";
import { dashboardScope, type DashboardScope } from "./dashboard-scope";
import { flows } from "./flows";
import { outcomes } from "./outcomes";
import { figuresByPerson } from "./people-figures";
import { refreshRollups } from "./refresh-rollups";
import { countsByType } from "./usage-facts";

// The dashboards read roll-ups plus the events received since the last refresh; these figures must always
// equal a count straight over the raw events, whatever mix of rolled-up, late and not-yet-rolled-up events.
let h: DbHandle;
let A = 0;
let B = 0;
const [ann, bob, cat] = [randomUUID(), randomUUID(), randomUUID()];
const [tabA, tabB] = [randomUUID(), randomUUID()];
const madrid = (d: Date) => d.toLocaleDateString("en-CA", { timeZone: "Europe/Madrid" });
const DAY = 86_400_000;
const TYPES = ["sign_in", "associate_switch", "stock_grid_view", "scan", "order_placed", "store_sale", "customer_captured", "consent_recorded",
  "flow_started", "flow_step_shown", "flow_step_completed", "flow_step_skipped", "flow_finished"];

function payload(type: string, i: number): Record<string, unknown> {
  if (type === "order_placed") return i % 3 === 0 ? { sourceStoreId: B } : { sources: [{ storeId: A, valueCents: 1000 + i }, ...(i % 2 ? [{ storeId: B, valueCents: 500 }] : [])] };
  if (type === "consent_recorded") return { purpose: i % 2 ? "marketing_email" : "personalisation", decision: i % 5 ? "granted" : "withdrawn" };
  if (type.startsWith("flow_step")) return { flowId: i % 2 ? "f1" : "f2", stepId: `s${i % 3}` };
  return {};
}

let seq = 0;
async function events(n: number, at: (i: number) => Date, received?: Date) {
  const rows = Array.from({ length: n }, (_, k) => {
    const i = seq++;
    const type = TYPES[i % TYPES.length]!;
    const inB = i % 4 === 0;
    const occurredAt = at(k);
    return { type, payload: payload(type, i), storeId: inB ? B : A, userId: inB ? cat : i % 3 ? ann : bob, deviceId: inB ? tabB : tabA, occurredAt, receivedAt: received ?? occurredAt };
  });
  await h.db.insert(usageEvents).values(rows);
}

const manager = (storeId: number): Actor => ({ kind: "user", userId: randomUUID(), role: "manager", name: "M", storeId, deviceId: null, deviceStoreId: null });
const admin: Actor = { kind: "user", userId: randomUUID(), role: "admin", name: "Admin", storeId: null, deviceId: null, deviceStoreId: null };
const associate: Actor = { kind: "user", userId: ann, role: "associate", name: "Ann", storeId: 0, deviceId: null, deviceStoreId: null };

/** The figures counted straight from usage_events for a scope. */
async function direct(s: DashboardScope) {
  const where = sql`(occurred_at AT TIME ZONE 'Europe/Madrid')::date BETWEEN ${s.from}::date AND ${s.to}::date
    AND ${s.storeId != null ? sql`store_id = ${s.storeId}` : s.region ? sql`store_id IN (SELECT id FROM stores WHERE region = ${s.region})` : sql`true`}
    AND ${s.userId ? sql`user_id = ${s.userId}::uuid` : sql`true`}`;
  const byType = rowsOf<{ type: string; n: number }>(await h.db.execute(sql`SELECT type, count(*)::int AS n FROM usage_events WHERE ${where} GROUP BY 1`));
  const days = rowsOf<{ day: string; users: number; devices: number }>(await h.db.execute(sql`
    SELECT (occurred_at AT TIME ZONE 'Europe/Madrid')::date::text AS day, count(DISTINCT user_id)::int AS users, count(DISTINCT device_id)::int AS devices
    FROM usage_events WHERE ${where} GROUP BY 1 ORDER BY 1`));
  const steps = rowsOf<{ n: number }>(await h.db.execute(sql`SELECT count(*)::int AS n FROM usage_events WHERE ${where} AND type LIKE 'flow_step_%'`));
  const orderValue = rowsOf<{ v: number }>(await h.db.execute(sql`
    SELECT coalesce(sum((x->>'valueCents')::int), 0)::int AS v FROM usage_events, jsonb_array_elements(coalesce(payload->'sources', '[]')) x WHERE ${where} AND type = 'order_placed'`));
  return { counts: Object.fromEntries(byType.map((r) => [r.type, r.n])), days, steps: steps[0]!.n, orderValue: orderValue[0]!.v };
}

async function check(actor: Actor, q: { store?: number; region?: string }) {
  const today = madrid(new Date());
  const s = dashboardScope(actor, { ...q, from: madrid(new Date(Date.now() - 20 * DAY)), to: today });
  const want = await direct(s);
  expect(await countsByType(h.db, s)).toEqual(want.counts);
  const a = await adoption(h.db, s);
  expect(a.days.map((d) => ({ day: d.day, users: d.activeAssociates, devices: d.activeDevices }))).toEqual(want.days);
  const f = await flows(h.db, s);
  expect(f.steps.reduce((n, r) => n + r.reached + r.completed + r.skipped, 0)).toBe(want.steps);
  const o = await outcomes(h.db, s);
  expect(o.ordersBySourceStore.reduce((n, r) => n + r.valueCents, 0)).toBe(want.orderValue);
  expect(o.consentGrants.reduce((n, r) => n + r.granted + r.withdrawn, 0)).toBe(want.counts.consent_recorded ?? 0);
  return s;
}

async function checkAll() {
  await check(manager(A), {});
  await check(admin, { region: "Madrid" });
  await check(admin, {});
  await check(associate, {});
}

beforeAll(async () => {
  h = await createTestDb();
  const store = (code: string, region: string) => ({ code, name: code, city: code, region, address: "-", postcode: "28001", phone: "-", lat: 40, lng: -3, timezone: "Europe/Madrid", openingHours: { "0": [], "1": [], "2": [], "3": [], "4": [], "5": [], "6": [] } });
  const ids = await h.db.insert(stores).values([store("RA1", "Madrid"), store("RB1", "Cataluña")]).returning({ id: stores.id });
  [A, B] = [ids[0]!.id, ids[1]!.id];
  await h.db.insert(users).values([{ id: ann, role: "associate", name: "Ann", homeStoreId: A }, { id: bob, role: "associate", name: "Bob", homeStoreId: A }, { id: cat, role: "associate", name: "Cat", homeStoreId: B }]);
  associate.storeId = A;
  // Three weeks, a few events an hour through the day (some near midnight in Madrid).
  const start = Date.now() - 21 * DAY;
  await events(21 * 12, (k) => new Date(start + k * 2 * 3_600_000 + 1_000));
});
afterAll(async () => h?.close());

describe("dashboard figures over roll-ups", () => {
  it("equal a direct count before any roll-up, after one, and after re-runs", async () => {
    await checkAll();
    await refreshRollups(h.db);
    await checkAll();
    const before = await countsByType(h.db, dashboardScope(admin, { from: madrid(new Date(Date.now() - 60 * DAY)), to: madrid(new Date()) }));
    await refreshRollups(h.db);
    await refreshRollups(h.db);
    expect(await countsByType(h.db, dashboardScope(admin, { from: madrid(new Date(Date.now() - 60 * DAY)), to: madrid(new Date()) }))).toEqual(before);
    await checkAll();
  });

  it("count late events from an offline tablet on their own day, before and after the next refresh", async () => {
    await refreshRollups(h.db);
    // Received now, happened ten days ago: not in the roll-ups until the next refresh, but already on the dashboards.
    await events(30, (k) => new Date(Date.now() - 10 * DAY + k * 60_000), new Date());
    await events(10, (k) => new Date(Date.now() - k * 60_000));
    await checkAll();
    const r = await refreshRollups(h.db);
    expect(r.days).toContain(madrid(new Date(Date.now() - 10 * DAY)));
    await checkAll();
  });

  it("gives a manager of store A nothing of store B", async () => {
    const s = dashboardScope(manager(A), { from: madrid(new Date(Date.now() - 60 * DAY)), to: madrid(new Date()) });
    expect(s.storeId).toBe(A);
    expect(() => dashboardScope(manager(A), { store: B })).toThrow();
    const people = await figuresByPerson(h.db, s);
    expect(people.has(cat)).toBe(false);
    expect([...people.keys()].sort()).toEqual([ann, bob].sort());
    const o = await outcomes(h.db, s);
    const bOnly = await direct({ ...s, storeId: B });
    expect(o.funnel.stockLookups).toBe((await direct(s)).counts.stock_grid_view! + ((await direct(s)).counts.scan ?? 0));
    expect(bOnly.counts.stock_grid_view).toBeGreaterThan(0);
  });
});
