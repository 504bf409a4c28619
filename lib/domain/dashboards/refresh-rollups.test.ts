import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { rowsOf, type DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import { usageEvents } from "@/lib/db/schema";
import { pruneRawEvents, recountDays, refreshRollups } from "./refresh-rollups";

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => h?.close());

const U1 = randomUUID();
const U2 = randomUUID();
const D1 = randomUUID();
const TYPES = ["sign_in", "stock_grid_view", "order_placed", "customer_captured"];

async function insert(occurredAt: Date, receivedAt: Date, over: Partial<{ storeId: number | null; userId: string | null; deviceId: string | null; type: string }> = {}) {
  await h.db.insert(usageEvents).values({
    type: over.type ?? "sign_in",
    storeId: over.storeId === undefined ? 1 : over.storeId,
    userId: over.userId === undefined ? U1 : over.userId,
    deviceId: over.deviceId === undefined ? D1 : over.deviceId,
    occurredAt,
    receivedAt,
  });
}

type Row = { day: string; store_id: number; user_id: string; device_id: string; type: string; events: number };
const key = (r: Row) => `${r.day}|${r.store_id}|${r.user_id}|${r.device_id}|${r.type}`;

/** The same figures counted straight from the raw events. */
async function direct(): Promise<Map<string, number>> {
  const rows = rowsOf<Row>(
    await h.db.execute(sql`
      SELECT (occurred_at AT TIME ZONE 'Europe/Madrid')::date::text AS day, coalesce(store_id, 0) AS store_id,
             coalesce(user_id::text, '00000000-0000-0000-0000-000000000000') AS user_id,
             coalesce(device_id::text, '00000000-0000-0000-0000-000000000000') AS device_id, type, count(*)::int AS events
      FROM usage_events GROUP BY 1, 2, 3, 4, 5`),
  );
  return new Map(rows.map((r) => [key(r), r.events]));
}
async function rolled(): Promise<Map<string, number>> {
  const rows = rowsOf<Row>(await h.db.execute(sql`SELECT day::text, store_id, user_id::text, device_id::text, type, events FROM usage_daily`));
  return new Map(rows.map((r) => [key(r), r.events]));
}

const day = (iso: string) => new Date(iso);

describe("refreshRollups", () => {
  it("equals a direct count over the raw events, after re-runs and late events", async () => {
    const now = Date.now();
    // Three weeks of events, some near midnight Madrid time (23:30 UTC in winter is 00:30 the next day).
    for (let i = 0; i < 21; i++) {
      const base = now - (21 - i) * 86_400_000;
      for (let j = 0; j < 6; j++) {
        await insert(new Date(base + j * 3_700_000), new Date(base + j * 3_700_000 + 1000), {
          type: TYPES[(i + j) % TYPES.length],
          userId: j % 3 === 0 ? U2 : j % 5 === 0 ? null : U1,
          deviceId: j % 4 === 0 ? null : D1,
          storeId: j === 5 ? 2 : 1,
        });
      }
    }
    await insert(day("2025-12-31T23:30:00Z"), day("2026-01-01T00:00:00Z"));
    await refreshRollups(h.db);
    expect(await rolled()).toEqual(await direct());
    const again = await refreshRollups(h.db);
    expect(await rolled()).toEqual(await direct());
    // A re-run with nothing new recounts only the overlap window, if anything.
    expect(again.days.length).toBeLessThanOrEqual(1);

    // A tablet offline for a fortnight replays an event from an old day.
    await insert(new Date(now - 15 * 86_400_000), new Date(), { type: "order_placed", userId: U2 });
    const late = await refreshRollups(h.db);
    expect(late.days).toContain(new Date(now - 15 * 86_400_000).toLocaleDateString("en-CA", { timeZone: "Europe/Madrid" }));
    expect(await rolled()).toEqual(await direct());
    expect((await rolled()).get("2026-01-01|1|" + U1 + "|" + D1 + "|sign_in")).toBe(1);
  });

  it("rebuilds an explicit range and survives concurrent runs", async () => {
    await h.db.execute(sql`DELETE FROM usage_daily`);
    const from = new Date("2025-12-01T12:00:00Z");
    await Promise.all([refreshRollups(h.db, { from, to: new Date() }), refreshRollups(h.db, { from, to: new Date() })]);
    expect(await rolled()).toEqual(await direct());
  });

  it("recounts chosen days on request, equal to a direct count, without taking in events past the watermark", async () => {
    await refreshRollups(h.db);
    const d = new Date(Date.now() - 3 * 86_400_000);
    const dayOf = d.toLocaleDateString("en-CA", { timeZone: "Europe/Madrid" });
    await h.db.execute(sql`DELETE FROM usage_daily WHERE day = ${dayOf}::date`);
    expect(await recountDays(h.db, [dayOf])).toEqual([dayOf]);
    expect(await rolled()).toEqual(await direct());
    // Received after the watermark: the dashboards read it raw until the next refresh, so a recount must leave it out.
    await insert(d, new Date(Date.now() + 500), { type: "scan" });
    await recountDays(h.db, [dayOf]);
    expect(await rolled()).not.toEqual(await direct());
    await refreshRollups(h.db);
    expect(await rolled()).toEqual(await direct());
  });

  it("prunes only rolled-up raw events and keeps the figures; a late event for a pruned day is added", async () => {
    const before = await rolled();
    const { deleted, prunedBefore } = await pruneRawEvents(h.db, 7);
    expect(deleted).toBeGreaterThan(0);
    expect(prunedBefore).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await refreshRollups(h.db);
    expect(await rolled()).toEqual(before);
    const old = new Date(Date.now() - 12 * 86_400_000);
    await insert(old, new Date(Date.now() + 1000), { type: "hold_placed", userId: U1, deviceId: D1 });
    const r = await refreshRollups(h.db);
    expect(r.addedDays).toHaveLength(1);
    const k = `${old.toLocaleDateString("en-CA", { timeZone: "Europe/Madrid" })}|1|${U1}|${D1}|hold_placed`;
    expect((await rolled()).get(k)).toBe((before.get(k) ?? 0) + 1);
  });
});
