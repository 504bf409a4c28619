import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import { lostSales, stores, styles, usageEvents, users } from "@/lib/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { GET as adoptionRoute } from "@/app/api/v1/dashboards/adoption/route";
import { GET as outcomesRoute } from "@/app/api/v1/dashboards/outcomes/route";
import { GET as demandRoute } from "@/app/api/v1/dashboards/demand/route";
import { GET as flowsRoute } from "@/app/api/v1/dashboards/flows/route";
import { GET as associatesRoute } from "@/app/api/v1/dashboards/associates/route";
import { refreshRollups } from "./refresh-rollups";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));

let h: DbHandle;
let A = 0;
let B = 0;
const ann = randomUUID();
const bob = randomUUID();
const tab = randomUUID();

const person = (role: "associate" | "manager" | "admin", storeId: number | null, userId = randomUUID()): Actor => ({
  kind: "user", userId, role, name: role, storeId, deviceId: null, deviceStoreId: null,
});
const get = async (route: typeof adoptionRoute, qs: string) => route(new Request(`http://localhost/api/v1/dashboards/x?${qs}`), { params: Promise.resolve({}) });
const body = async (res: Response) => ({ status: res.status, body: (await res.json()) as Record<string, unknown> });
const madridDay = (d: Date) => d.toLocaleDateString("en-CA", { timeZone: "Europe/Madrid" });

beforeAll(async () => {
  h = await createTestDb();
  const store = (code: string, region: string) => ({ code, name: code, city: code, region, address: "-", postcode: "28001", phone: "-", lat: 40, lng: -3, timezone: "Europe/Madrid", openingHours: { "0": [], "1": [], "2": [], "3": [], "4": [], "5": [], "6": [] } });
  const ids = await h.db.insert(stores).values([store("DA1", "Madrid"), store("DB1", "Cataluña")]).returning({ id: stores.id });
  A = ids[0]!.id;
  B = ids[1]!.id;
  await h.db.insert(users).values([{ id: ann, role: "associate", name: "Ann", homeStoreId: A }, { id: bob, role: "associate", name: "Bob", homeStoreId: A }]);
  const [style] = await h.db.insert(styles).values({ code: "ST1", name: "Trench", brand: "X", category: "coats", department: "w", gender: "w", priceCents: 9900 }).returning({ id: styles.id });
  await h.db.insert(lostSales).values([{ storeId: A, userId: ann, styleId: style!.id, size: "M", reason: "out_of_stock_everywhere" }, { storeId: B, styleId: style!.id, size: "S", reason: "price" }]);
  const ev = (userId: string, storeId: number, type: string, daysAgo: number, payload: Record<string, unknown> = {}) => ({
    userId, storeId, deviceId: tab, type, payload, occurredAt: new Date(Date.now() - daysAgo * 86_400_000), receivedAt: new Date(Date.now() - daysAgo * 86_400_000),
  });
  const rows = [];
  for (let i = 0; i < 20; i++) rows.push(ev(bob, A, "flow_started", 2), ev(ann, A, "flow_started", 2));
  for (let i = 0; i < 12; i++) rows.push(ev(bob, A, "customer_captured", 2));
  rows.push(ev(ann, A, "customer_captured", 2), ev(ann, A, "sign_in", 3), ev(bob, A, "sign_in", 1), ev(ann, A, "order_placed", 1, { sourceStoreId: B }));
  rows.push(ev(ann, A, "stock_grid_view", 0), ev(ann, A, "flow_step_completed", 0, { flowId: "f1", stepId: "greet" }), ev(ann, A, "consent_recorded", 1, { purpose: "marketing", decision: "granted" }));
  rows.push(ev(bob, A, "flow_step_shown", 0, { flowId: "f1", stepId: "greet" }), ev(ann, A, "flow_step_shown", 0, { flowId: "f1", stepId: "greet" }), ev(bob, A, "associate_switch", 1));
  // An order shipping from two stores: it counts once for each source, with that source's value.
  rows.push(ev(bob, A, "order_placed", 1, { sources: [{ storeId: A, valueCents: 5000 }, { storeId: B, valueCents: 2500 }] }));
  rows.push(ev(randomUUID(), B, "sign_in", 1), ev(randomUUID(), B, "order_placed", 1));
  await h.db.insert(usageEvents).values(rows);
  await refreshRollups(h.db);
});
afterAll(async () => h?.close());

describe("dashboards API", () => {
  it("refuses a manager of store A store B, a region, and an associate the per-associate view (403)", async () => {
    session.actor = person("manager", A);
    expect((await get(outcomesRoute, `store=${B}`)).status).toBe(403);
    expect((await get(adoptionRoute, "region=Cataluña")).status).toBe(403);
    session.actor = person("associate", A, ann);
    expect((await get(associatesRoute, "")).status).toBe(403);
  });

  it("shows a manager their store only: roll-ups for past days plus today's raw events", async () => {
    session.actor = person("manager", A);
    const res = await body(await get(outcomesRoute, `store=${A}`));
    expect(res).toMatchObject({
      status: 200,
      body: { period: { stores: `store:${A}` }, funnel: { stockLookups: 1, ordersToHome: 2 }, consentGrants: [{ purpose: "marketing", granted: 1 }] },
    });
    expect(res.body.ordersBySourceStore).toEqual([
      { sourceStoreId: B, orders: 2, valueCents: 2500 },
      { sourceStoreId: A, orders: 1, valueCents: 5000 },
    ]);
    const adoption = await body(await get(adoptionRoute, ""));
    expect(adoption.body).toMatchObject({ sessions: { current: 3 }, switches: { current: 1, previous: 0 } });
    const flows = await body(await get(flowsRoute, ""));
    expect(flows.body).toMatchObject({ started: 40, steps: [{ flowId: "f1", stepId: "greet", reached: 2, completed: 1, skipped: 0 }] });
    const demand = await body(await get(demandRoute, ""));
    expect(demand.body.rows).toEqual([{ styleId: expect.any(Number), styleCode: "ST1", styleName: "Trench", size: "M", reason: "out_of_stock_everywhere", lostSales: 1 }]);
  });

  it("gives an associate only their own figures, and the manager coaching hints", async () => {
    session.actor = person("associate", A, ann);
    const own = await body(await get(adoptionRoute, ""));
    expect(own.body).toMatchObject({ period: { ownOnly: true }, sessions: { current: 1 } });
    session.actor = person("manager", A);
    const res = await body(await get(associatesRoute, ""));
    const list = res.body.associates as { name: string; hints: { key: string; message: string }[] }[];
    expect(list.map((a) => a.name)).toEqual(["Ann", "Bob"]);
    expect(list[0]!.hints).toEqual([expect.objectContaining({ key: "capture", message: "captured a customer in 5% of conversations, store average 25%" })]);
    expect(list[1]!.hints).toEqual([]);
  });

  it("lets an admin see the chain or a region, and exports CSV", async () => {
    session.actor = person("admin", null);
    const chain = await body(await get(outcomesRoute, ""));
    expect(chain.body).toMatchObject({ period: { stores: "chain" }, orders: { current: 3 } });
    const region = await body(await get(outcomesRoute, "region=Cataluña"));
    expect(region.body).toMatchObject({ orders: { current: 1 } });
    const csv = await get(adoptionRoute, `format=csv&from=${madridDay(new Date(Date.now() - 3 * 86_400_000))}`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect((await csv.text()).split("\r\n")[0]).toBe("day,activeAssociates,activeDevices,sessions,minutesInUse,minutesOffline");
  });
});
