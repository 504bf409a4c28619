import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { rowsOf, type DbHandle } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { loadChain } from "@/lib/db/seed/load-chain";
import { TEST_SCALE } from "@/lib/db/seed/params";
import { createTestDb } from "@/lib/db/testing";
import { GET as styleRoute } from "@/app/api/v1/suggestions/style/[styleId]/route";
import { GET as customerRoute } from "@/app/api/v1/suggestions/customer/[customerId]/route";
import { GET as rescueRoute } from "@/app/api/v1/suggestions/rescue/route";
import { recordSuggestionOpened, recordSuggestionTaken, showCustomerSuggestions, showStyleSuggestions } from "./actions";
import { buildRecommendations } from "./build-recommendations";
import { forgetCustomerSuggestions } from "./forget-customer";

// Route handlers and actions read the signed-in person from the session; tests choose who that is.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));

let h: DbHandle;
let customerId: string;

async function rows<T>(q: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await h.db.execute(q));
}
const get = (url: string) => new Request(`http://localhost${url}`);
const params = (p: Record<string, string> = {}) => ({ params: Promise.resolve(p) });
const usage = (type: string) => rows<{ payload: Record<string, unknown> }>(sql`SELECT payload FROM usage_events WHERE type = ${type} ORDER BY id`);

beforeAll(async () => {
  h = await createTestDb();
  await loadChain(h.db, { ...TEST_SCALE, asOf: new Date("2025-06-01T09:00:00Z") });
  await buildRecommendations(h.db);
  const [u] = await rows<{ id: string; store_id: number }>(sql`
    SELECT u.id, u.home_store_id AS store_id FROM users u JOIN stores s ON s.id = u.home_store_id WHERE u.role = 'associate' AND s.code = 'MAD01' LIMIT 1`);
  session.actor = { kind: "user", userId: u!.id, role: "associate", name: "Test", storeId: u!.store_id, deviceId: null, deviceStoreId: u!.store_id };
  const [c] = await rows<{ id: string }>(sql`
    SELECT s.customer_id AS id FROM sales s WHERE s.customer_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM consent_records r WHERE r.customer_id = s.customer_id AND r.decision = 'withdrawn')
    GROUP BY s.customer_id ORDER BY count(*) DESC, s.customer_id LIMIT 1`);
  customerId = c!.id;
});
afterAll(async () => h?.close());

describe("suggestions API", () => {
  it("serves style suggestions for the caller's store without recording usage", async () => {
    const res = await styleRoute(get("/api/v1/suggestions/style/1?colour=Black&size=38&limit=4"), params({ styleId: "1" }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { alternatives: unknown[]; goesWith: unknown[]; size: string };
    expect(body.size).toBe("38");
    expect(body.alternatives.length).toBeGreaterThan(0);
    expect(body.alternatives.length).toBeLessThanOrEqual(4);
    expect(await usage("suggestion_shown")).toEqual([]);
  });

  it("serves customer and rescue suggestions, and refuses bad input with a 422 or an unknown style with a 404", async () => {
    expect((await customerRoute(get(`/api/v1/suggestions/customer/${customerId}`), params({ customerId }))).status).toBe(200);
    expect((await customerRoute(get("/api/v1/suggestions/customer/nope"), params({ customerId: "nope" }))).status).toBe(422);
    expect((await rescueRoute(get("/api/v1/suggestions/rescue?styleId=1&colour=Black&size=38"), params())).status).toBe(200);
    expect((await rescueRoute(get("/api/v1/suggestions/rescue?styleId=1&colour=Black"), params())).status).toBe(422);
    expect((await styleRoute(get("/api/v1/suggestions/style/99999"), params({ styleId: "99999" }))).status).toBe(404);
  });
});

describe("suggestion usage from the tablet", () => {
  it("records what was shown, opened and taken, so acceptance can be reviewed", async () => {
    const shown = await showStyleSuggestions({ styleId: 1, colour: "Black", size: "38" });
    expect(shown.ok).toBe(true);
    if (!shown.ok) return;
    const first = shown.data.alternatives[0]!;
    const [event] = await usage("suggestion_shown");
    expect(event?.payload).toMatchObject({ surface: "style", fromStyleId: 1, shown: expect.arrayContaining([[first.styleId, "alternative", first.reason.code]]) });
    expect((await recordSuggestionOpened({ styleId: first.styleId, kind: "alternative", fromStyleId: 1 })).ok).toBe(true);
    expect((await recordSuggestionTaken({ styleId: first.styleId, kind: "alternative", fromStyleId: 1, outcome: "order", variantId: first.variantId ?? undefined })).ok).toBe(true);
    expect((await usage("suggestion_opened"))[0]?.payload).toMatchObject({ styleId: first.styleId, kind: "alternative" });
    expect((await usage("suggestion_taken"))[0]?.payload).toMatchObject({ styleId: first.styleId, outcome: "order" });
  });

  it("leaves out what a customer was shown twice and never opened (declined), but not what they opened", async () => {
    const one = await showCustomerSuggestions({ customerId, limit: 6 });
    const two = await showCustomerSuggestions({ customerId, limit: 6 });
    expect(one.ok && two.ok).toBe(true);
    if (!one.ok || !two.ok) return;
    const twice = one.data.suggestions.map((s) => s.styleId).filter((id) => two.data.suggestions.some((s) => s.styleId === id));
    expect(twice.length).toBeGreaterThan(0);
    const opened = twice[0]!;
    await recordSuggestionOpened({ styleId: opened, kind: "for_customer", customerId });
    const three = await showCustomerSuggestions({ customerId, limit: 20 });
    expect(three.ok).toBe(true);
    if (!three.ok) return;
    const ids = three.data.suggestions.map((s) => s.styleId);
    for (const id of twice.slice(1)) expect(ids).not.toContain(id);
    const [imp] = await rows<{ shown_count: number; opened_at: string | null }>(sql`SELECT shown_count, opened_at FROM rec_impressions WHERE customer_id = ${customerId} AND style_id = ${opened}`);
    expect(imp?.shown_count).toBeGreaterThanOrEqual(2);
    expect(imp?.opened_at).not.toBeNull();

    // Erasure: nothing of the customer's stays in the suggestion tables.
    await forgetCustomerSuggestions(h.db, customerId);
    expect(await rows(sql`SELECT 1 FROM rec_impressions WHERE customer_id = ${customerId}`)).toEqual([]);
  });

  it("refuses a signed-out caller", async () => {
    const saved = session.actor;
    session.actor = null;
    const r = await showStyleSuggestions({ styleId: 1 });
    session.actor = saved;
    expect(r).toMatchObject({ ok: false, error: { code: "unauthenticated" } });
  });
});
