import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { rowsOf, type DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import { usageEvents } from "@/lib/db/schema";
import { adoption } from "./adoption";
import type { DashboardScope } from "./dashboard-scope";
import { figuresByPerson } from "./people-figures";
import { refreshRollups } from "./refresh-rollups";
import { MAX_OFFLINE_MS, inUseMs, toMinutes } from "./time-rules";

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => h?.close());

const [U1, U2, D1, D2] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
const STORE = 7;
const MIN = 60_000;
const localDay = (t: number) => new Date(t).toLocaleDateString("en-CA", { timeZone: "Europe/Madrid" });

async function insert(at: number, over: { userId?: string; deviceId?: string; type?: string; payload?: Record<string, unknown>; receivedAt?: number } = {}) {
  await h.db.insert(usageEvents).values({
    type: over.type ?? "stock_grid_view",
    storeId: STORE,
    userId: over.userId ?? U1,
    deviceId: over.deviceId ?? D1,
    occurredAt: new Date(at),
    receivedAt: new Date(over.receivedAt ?? at + 500),
    payload: over.payload ?? {},
  });
}

type TimeRow = { day: string; user_id: string; device_id: string; in_use_ms: number; offline_ms: number };
const key = (r: { day: string; user_id: string; device_id: string }) => `${r.day}|${r.user_id}|${r.device_id}`;

/** What the roll-up should hold, worked out in TypeScript from the raw events with the reference rule. */
async function expected(): Promise<Map<string, { inUse: number; offline: number }>> {
  const rows = rowsOf<{ user_id: string; device_id: string; type: string; at: string; ms: string | null }>(
    await h.db.execute(sql`SELECT user_id::text, device_id::text, type, (extract(epoch FROM occurred_at) * 1000)::text AS at, payload->>'ms' AS ms FROM usage_events WHERE store_id = ${STORE}`),
  );
  const times = new Map<string, number[]>();
  const out = new Map<string, { inUse: number; offline: number }>();
  for (const r of rows) {
    const k = key({ day: localDay(Number(r.at)), user_id: r.user_id, device_id: r.device_id });
    const cur = out.get(k) ?? { inUse: 0, offline: 0 };
    out.set(k, cur);
    if (r.type === "offline_period") cur.offline += Math.min(Number(r.ms ?? 0), MAX_OFFLINE_MS);
    else times.set(k, [...(times.get(k) ?? []), Number(r.at)]);
  }
  for (const [k, ts] of times) out.get(k)!.inUse = inUseMs(ts);
  return out;
}
async function rolled(): Promise<Map<string, { inUse: number; offline: number }>> {
  const rows = rowsOf<TimeRow>(
    await h.db.execute(sql`SELECT day::text, user_id::text, device_id::text, in_use_ms::float8 AS in_use_ms, offline_ms::float8 AS offline_ms FROM usage_daily_time WHERE store_id = ${STORE}`),
  );
  return new Map(rows.map((r) => [key(r), { inUse: r.in_use_ms, offline: r.offline_ms }]));
}

describe("minutes in use and time offline", () => {
  const now = Date.now();
  // 10:00 in Madrid three days ago, so the stretches below stay inside one local day whenever the test runs.
  const threeDaysAgo = Date.parse(`${localDay(now - 3 * 86_400_000)}T09:00:00Z`);

  it("roll up equal to the reference rule over the raw events, per person, tablet and day", async () => {
    for (const [offset, who] of [[0, U1], [2, U1], [5, U1], [40, U1], [41, U1], [3, U2], [90, U2]] as const) {
      await insert(threeDaysAgo + offset * MIN, { userId: who });
    }
    await insert(threeDaysAgo + 10 * MIN, { deviceId: D2 });
    await insert(threeDaysAgo + 20 * MIN, { type: "offline_period", payload: { ms: 7 * MIN } });
    await insert(threeDaysAgo + 30 * MIN, { type: "offline_period", payload: { ms: 3 * MAX_OFFLINE_MS } });
    await refreshRollups(h.db);
    const want = await expected();
    expect(await rolled()).toEqual(want);
    // U1 on D1: 0-5 (5 min + 1) and 40-41 (1 min + 1); the offline events are not activity.
    expect(want.get(key({ day: localDay(threeDaysAgo), user_id: U1, device_id: D1 }))).toEqual({ inUse: 8 * MIN, offline: 7 * MIN + MAX_OFFLINE_MS });
  });

  it("a late offline period from a tablet lands on the day the connection dropped; re-runs change nothing", async () => {
    await insert(threeDaysAgo + 200 * MIN, { deviceId: D2, type: "offline_period", payload: { ms: 12 * MIN }, receivedAt: now });
    await refreshRollups(h.db);
    await refreshRollups(h.db);
    const got = await rolled();
    expect(got).toEqual(await expected());
    expect(got.get(key({ day: localDay(threeDaysAgo + 200 * MIN), user_id: U1, device_id: D2 }))?.offline).toBe(12 * MIN);
    // The coarser roll-ups carry the same sums per store and day, and per person and day.
    const sums = (q: ReturnType<typeof sql>) => h.db.execute(q).then((r) => rowsOf<{ k: string; a: number; b: number }>(r).sort((x, y) => x.k.localeCompare(y.k)));
    expect(await sums(sql`SELECT day::text AS k, in_use_ms::float8 AS a, offline_ms::float8 AS b FROM usage_daily_store WHERE store_id = ${STORE}`)).toEqual(
      await sums(sql`SELECT day::text AS k, sum(in_use_ms)::float8 AS a, sum(offline_ms)::float8 AS b FROM usage_daily_time WHERE store_id = ${STORE} GROUP BY 1`),
    );
    expect(await sums(sql`SELECT day::text || user_id::text AS k, in_use_ms::float8 AS a, 0::float8 AS b FROM usage_daily_people WHERE store_id = ${STORE}`)).toEqual(
      await sums(sql`SELECT day::text || user_id::text AS k, sum(in_use_ms)::float8 AS a, 0::float8 AS b FROM usage_daily_time WHERE store_id = ${STORE} AND user_id <> '00000000-0000-0000-0000-000000000000' GROUP BY 1`),
    );
  });

  it("the adoption dashboard adds events not rolled up yet, and compares with the period before", async () => {
    const scope: DashboardScope = { storeId: STORE, region: null, userId: null, from: localDay(threeDaysAgo - 86_400_000), to: localDay(now) };
    const before = await adoption(h.db, scope);
    // Received after the last roll-up, as anything sent now is.
    const receivedAt = Date.now() + 1000;
    await insert(now - 2 * MIN, { userId: U2, receivedAt });
    await insert(now - MIN, { userId: U2, receivedAt });
    await insert(now - 90_000, { userId: U2, type: "offline_period", payload: { ms: 30_000 }, receivedAt });
    const after = await adoption(h.db, scope);
    expect(after.minutesInUse.current).toBeCloseTo(before.minutesInUse.current + toMinutes(MIN + MIN), 5);
    expect(after.minutesOffline.current).toBeCloseTo(before.minutesOffline.current + 0.5, 5);
    expect(after.minutesInUse.previous).toBe(0);
    const all = [...(await expected()).values()];
    const rolledTotal = toMinutes(all.reduce((a, x) => a + x.inUse, 0));
    expect(after.minutesInUse.current).toBeCloseTo(rolledTotal, 1);
    expect(after.offlineDevices.map((d) => d.deviceId)).toEqual([D1, D2]);
    // An associate sees only their own time.
    const own = await adoption(h.db, { ...scope, userId: U2 });
    // U2: two lone events three days ago (a minute each) and a 1-minute stretch today (two minutes).
    expect(own.minutesInUse.current).toBe(4);
    expect(own.minutesOffline.current).toBe(0.5);
  });

  it("per associate: each person's time in use, rolled up and received since, beside their counts", async () => {
    const scope: DashboardScope = { storeId: STORE, region: null, userId: null, from: localDay(threeDaysAgo - 86_400_000), to: localDay(now) };
    const want = new Map<string, number>();
    for (const [k, v] of await expected()) {
      const user = k.split("|")[1]!;
      want.set(user, (want.get(user) ?? 0) + v.inUse);
    }
    const people = await figuresByPerson(h.db, scope);
    expect(new Map([...people].map(([user, f]) => [user, f.inUseMs]))).toEqual(want);
    // U2: two lookups three days ago (rolled up) and two today (not yet).
    expect(people.get(U2)!.counts.stock_grid_view).toBe(4);
    const own = await figuresByPerson(h.db, { ...scope, userId: U2 });
    expect([...own.keys()]).toEqual([U2]);
    expect(own.get(U2)!.inUseMs).toBe(want.get(U2));
  });
});
