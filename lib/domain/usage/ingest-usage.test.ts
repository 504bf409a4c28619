import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { rowsOf, type DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { ingestUsage } from "./ingest-usage";
import { usageBatchSchema } from "./schemas";

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => h?.close());

const tablet = (): Actor => ({ kind: "user", userId: randomUUID(), role: "associate", name: "Ann", storeId: 3, deviceId: randomUUID(), deviceStoreId: 7 });
const batch = (events: { id: string; type: string; occurredAt: string; payload?: Record<string, unknown> }[]) => usageBatchSchema.parse({ events });
type Row = { client_id: string; type: string; user_id: string; store_id: number; device_id: string; occurred_at: string | Date; payload: Record<string, unknown> };
const stored = async (prefix: string) =>
  rowsOf<Row>(await h.db.execute(sql`SELECT client_id, type, user_id::text, store_id, device_id::text, occurred_at, payload FROM usage_events WHERE client_id LIKE ${prefix + "%"} ORDER BY client_id`));

describe("ingestUsage", () => {
  it("stores a batch with who sent it (the tablet's store), keeping times and payloads exactly", async () => {
    const actor = tablet();
    const at = "2026-01-05T09:30:00.123+01:00";
    const odd = { note: 'quote " backslash \\ comma , brace } ñ €', n: 3, nested: { list: [1, null, "x"] } };
    const res = await ingestUsage(h.db, actor, batch([{ id: "evt-0001", type: "search", occurredAt: at, payload: odd }, { id: "evt-0002", type: "scan", occurredAt: at }]));
    expect(res).toEqual({ accepted: 2, duplicates: 0 });
    const rows = await stored(`${actor.kind === "user" ? actor.userId : ""}:`);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ type: "search", store_id: 7, payload: odd, user_id: actor.kind === "user" ? actor.userId : "", device_id: actor.deviceId });
    expect(new Date(rows[0]!.occurred_at).toISOString()).toBe("2026-01-05T08:30:00.123Z");
    expect(rows[1]!.payload).toEqual({});
  });

  it("ignores replays of an event, from an earlier batch or within the same one; ids are per sender", async () => {
    const actor = tablet();
    const ev = { id: "replayed-01", type: "style_view", occurredAt: new Date().toISOString() };
    expect(await ingestUsage(h.db, actor, batch([ev, ev]))).toEqual({ accepted: 1, duplicates: 1 });
    expect(await ingestUsage(h.db, actor, batch([ev, { ...ev, id: "fresh-0001" }]))).toEqual({ accepted: 1, duplicates: 1 });
    expect(await ingestUsage(h.db, tablet(), batch([ev]))).toEqual({ accepted: 1, duplicates: 0 });
  });

  it("takes a full batch of 500 in one go", async () => {
    const actor = tablet();
    const events = Array.from({ length: 500 }, (_, i) => ({ id: `bulk-${String(i).padStart(4, "0")}`, type: "app_open", occurredAt: new Date().toISOString(), payload: { i } }));
    expect(await ingestUsage(h.db, actor, batch(events))).toEqual({ accepted: 500, duplicates: 0 });
    const rows = await stored(`${actor.kind === "user" ? actor.userId : ""}:bulk-`);
    expect(rows.map((r) => r.payload.i)).toEqual(events.map((e) => e.payload.i));
  });

  it("refuses a batch with an event from the future and stores none of it", async () => {
    const actor = tablet();
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const err = await ingestUsage(h.db, actor, batch([{ id: "ok-000001", type: "search", occurredAt: new Date().toISOString() }, { id: "late-00001", type: "search", occurredAt: future }])).catch((e: unknown) => e);
    expect(isAppError(err) && err.status).toBe(422);
    expect(isAppError(err) && err.fields).toEqual({ "events.1.occurredAt": "This time is in the future." });
    expect(await stored(`${actor.kind === "user" ? actor.userId : ""}:`)).toEqual([]);
  });
});
