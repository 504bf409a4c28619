import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf, type DbHandle } from "@/lib/db/client";
import { loadChain } from "@/lib/db/seed/load-chain";
import { TEST_SCALE } from "@/lib/db/seed/params";
import { createTestDb } from "@/lib/db/testing";
import { buildRecommendations } from "./build-recommendations";
import { rescueSuggestions } from "./rescue-suggestions";
import { clearServingCache } from "./serving-cache";
import { suggestForCustomer } from "./suggest-for-customer";
import { suggestForStyle } from "./suggest-for-style";
import type { Suggestion } from "./types";

const NOW = new Date("2025-06-01T09:00:00Z");
let handle: DbHandle;
let mad01: number;

async function rows<T>(q: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await handle.db.execute(q));
}

/** Units available (on hand - reserved) of a style's colour in a size (or any size) at a store. */
async function availableAt(storeId: number, s: Suggestion): Promise<number> {
  const [r] = await rows<{ n: number }>(sql`
    SELECT coalesce(sum(st.on_hand - st.reserved), 0)::int AS n FROM stock st JOIN variants v ON v.id = st.variant_id
    WHERE st.store_id = ${storeId} AND v.style_id = ${s.styleId} AND v.colour = ${s.colour} AND v.active
      AND (${s.variantId}::int IS NULL OR v.id = ${s.variantId}::int)`);
  return Number(r?.n ?? 0);
}

/** The rule every suggestion obeys: what it says is here is here; otherwise its source really has one and ships. */
async function expectObtainable(s: Suggestion, storeId: number): Promise<void> {
  if (s.availableHere > 0) {
    expect(await availableAt(storeId, s)).toBe(s.availableHere);
    expect(s.bestSource).toBeNull();
  } else {
    expect(s.bestSource).not.toBeNull();
    expect(await availableAt(storeId, s)).toBe(0);
    expect(await availableAt(s.bestSource!.storeId, s)).toBeGreaterThan(0);
    expect(s.bestSource!.promiseDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  if (s.variantId !== null) {
    const [v] = await rows<{ size: string; style_id: number }>(sql`SELECT size, style_id FROM variants WHERE id = ${s.variantId}`);
    expect(v).toMatchObject({ size: s.size, style_id: s.styleId });
  }
}

async function customerWithMostHistory(): Promise<string> {
  const [c] = await rows<{ id: string }>(sql`
    SELECT s.customer_id AS id FROM sales s JOIN sale_lines l ON l.sale_id = s.id
    WHERE s.customer_id IS NOT NULL GROUP BY s.customer_id ORDER BY count(DISTINCT l.style_id) DESC, s.customer_id LIMIT 1`);
  return c!.id;
}

async function recordConsent(customerId: string, decision: "granted" | "withdrawn", at: Date): Promise<void> {
  await handle.db.execute(sql`
    INSERT INTO consent_records (customer_id, purpose, decision, text_id, text_version, text_hash, channel, at)
    SELECT ${customerId}, 'personalisation', ${decision}, id, version, text_hash, 'assisted', ${at.toISOString()}::timestamptz
    FROM consent_texts WHERE purpose = 'personalisation' ORDER BY version DESC LIMIT 1`);
}

beforeAll(async () => {
  handle = await createTestDb();
  await loadChain(handle.db, { ...TEST_SCALE, asOf: NOW });
  await buildRecommendations(handle.db);
  [{ id: mad01 }] = (await rows<{ id: number }>(sql`SELECT id FROM stores WHERE code = 'MAD01'`)) as [{ id: number }];
});

afterAll(async () => {
  await handle?.close();
});

describe("style screen suggestions", () => {
  it("only ever suggests what can be had in the asked size: here, or orderable with a promise date", async () => {
    const asks = await rows<{ style_id: number; colour: string; size: string }>(sql`
      SELECT DISTINCT ON (v.style_id) v.style_id, v.colour, v.size FROM variants v ORDER BY v.style_id, v.size_order DESC, v.id LIMIT 25`);
    let checked = 0;
    for (const a of asks) {
      const r = await suggestForStyle(handle.db, { styleId: a.style_id, storeId: mad01, colour: a.colour, size: a.size, now: NOW });
      expect(r.size).toBe(a.size);
      for (const s of [...r.alternatives, ...r.goesWith]) {
        await expectObtainable(s, mad01);
        if (s.sizeBasis === "asked") expect(s.size?.toUpperCase()).toBe(a.size.toUpperCase());
        expect(s.styleId === a.style_id && s.colour === a.colour).toBe(false);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it("drops a style once its size is out everywhere, though other sizes are in stock", async () => {
    const before = await suggestForStyle(handle.db, { styleId: 1, storeId: mad01, colour: "Black", size: "38", limit: 10, now: NOW });
    const victim = before.alternatives.find((s) => s.styleId !== 1);
    expect(victim).toBeDefined();
    await handle.db.execute(sql`
      UPDATE stock SET on_hand = 0, reserved = 0
      WHERE variant_id IN (SELECT id FROM variants WHERE style_id = ${victim!.styleId} AND size = '38')`);
    const [other] = await rows<{ n: number }>(sql`
      SELECT coalesce(sum(on_hand - reserved), 0)::int AS n FROM stock WHERE variant_id IN (SELECT id FROM variants WHERE style_id = ${victim!.styleId} AND size <> '38')`);
    expect(other!.n).toBeGreaterThan(0);
    const after = await suggestForStyle(handle.db, { styleId: 1, storeId: mad01, colour: "Black", size: "38", limit: 10, now: NOW });
    expect([...after.alternatives, ...after.goesWith].map((s) => s.styleId)).not.toContain(victim!.styleId);
  });

  it("orders from another store when this one is out, with the earliest promise", async () => {
    const base = await suggestForStyle(handle.db, { styleId: 1, storeId: mad01, colour: "Black", size: "38", limit: 10, now: NOW });
    const local = base.alternatives.find((s) => s.availableHere > 0 && s.variantId !== null);
    expect(local).toBeDefined();
    await handle.db.execute(sql`UPDATE stock SET on_hand = 0, reserved = 0 WHERE store_id = ${mad01} AND variant_id IN (SELECT id FROM variants WHERE style_id = ${local!.styleId} AND size = '38')`);
    await handle.db.execute(sql`
      INSERT INTO stock (variant_id, store_id, on_hand, reserved) SELECT ${local!.variantId}, id, 2, 0 FROM stores WHERE code = 'MAD02'
      ON CONFLICT (variant_id, store_id) DO UPDATE SET on_hand = 2, reserved = 0`);
    const after = await suggestForStyle(handle.db, { styleId: 1, storeId: mad01, colour: "Black", size: "38", limit: 10, now: NOW });
    const moved = after.alternatives.find((s) => s.styleId === local!.styleId);
    expect(moved).toMatchObject({ availableHere: 0, bestSource: { storeCode: expect.any(String) } });
    await expectObtainable(moved!, mad01);
  });

  it("without a size, needs some size here or orderable, and says so (size null, basis any)", async () => {
    const r = await suggestForStyle(handle.db, { styleId: 2, storeId: mad01, now: NOW });
    for (const s of [...r.alternatives, ...r.goesWith]) {
      await expectObtainable(s, mad01);
      if (s.sizeBasis === "any" && s.size === null) expect(s.variantId).toBeNull();
    }
  });

  it("says why in words the associate can repeat", async () => {
    const r = await suggestForStyle(handle.db, { styleId: 1, storeId: mad01, colour: "Black", size: "38", now: NOW });
    const all = [...r.alternatives, ...r.goesWith];
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) {
      expect(s.reason.text.length).toBeGreaterThan(5);
      if (s.reason.code === "bought_together" || s.reason.code === "same_customers") expect(Number(s.reason.params.count)).toBeGreaterThanOrEqual(2);
    }
    expect(r.alternatives.filter((s) => s.styleId === 1).every((s) => s.reason.code === "other_colour" && s.colour !== "Black")).toBe(true);
  });
});

describe("rescue suggestions", () => {
  it("offers the nearest alternatives in the wanted size, here or orderable, never the wanted colour itself", async () => {
    const r = await rescueSuggestions(handle.db, { styleId: 1, colour: "Black", size: "38", storeId: mad01, now: NOW });
    expect(r.suggestions.length).toBeGreaterThan(0);
    for (const s of r.suggestions) {
      expect(s.kind).toBe("rescue");
      expect(s.size).toBe("38");
      expect(s.styleId === 1 && s.colour === "Black").toBe(false);
      await expectObtainable(s, mad01);
    }
  });

  it("offers another colour from another store when this store is out of it, even if a third colour is here", async () => {
    const colours = await rows<{ colour: string; id: number }>(sql`SELECT colour, id FROM variants WHERE style_id = 1 AND size = '38' AND colour <> 'Black' ORDER BY id`);
    expect(colours.length).toBeGreaterThanOrEqual(2);
    const [away, here] = colours as [{ colour: string; id: number }, { colour: string; id: number }];
    await handle.db.execute(sql`UPDATE stock SET on_hand = 0, reserved = 0 WHERE variant_id = ${away.id}`);
    await handle.db.execute(sql`
      INSERT INTO stock (variant_id, store_id, on_hand, reserved) SELECT ${away.id}, id, 1, 0 FROM stores WHERE code = 'BCN01'
      ON CONFLICT (variant_id, store_id) DO UPDATE SET on_hand = 1, reserved = 0`);
    await handle.db.execute(sql`
      INSERT INTO stock (variant_id, store_id, on_hand, reserved) VALUES (${here.id}, ${mad01}, 2, 0)
      ON CONFLICT (variant_id, store_id) DO UPDATE SET on_hand = 2, reserved = 0`);
    const r = await rescueSuggestions(handle.db, { styleId: 1, colour: "Black", size: "38", storeId: mad01, now: NOW });
    expect(r.suggestions.find((s) => s.styleId === 1 && s.colour === here.colour)).toMatchObject({ availableHere: 2, bestSource: null });
    expect(r.suggestions.find((s) => s.styleId === 1 && s.colour === away.colour)).toMatchObject({ availableHere: 0, bestSource: { storeCode: "BCN01" } });
  });
});

describe("consent to personalisation", () => {
  it("personalises for a customer who has not refused: from their history and sizes, never what they bought", async () => {
    const customerId = await customerWithMostHistory();
    await recordConsent(customerId, "granted", new Date(NOW.getTime() - 86_400_000));
    const bought = new Set((await rows<{ style_id: number }>(sql`SELECT DISTINCT l.style_id FROM sales s JOIN sale_lines l ON l.sale_id = s.id WHERE s.customer_id = ${customerId}`)).map((r) => Number(r.style_id)));
    const names = new Set((await rows<{ name: string }>(sql`SELECT name FROM styles WHERE id = ANY(${`{${[...bought].join(",")}}`}::int[])`)).map((r) => r.name));
    const r = await suggestForCustomer(handle.db, { customerId, storeId: mad01, limit: 10, now: NOW });
    expect(r).toMatchObject({ personalisation: "granted", personalised: true });
    expect(r.suggestions.length).toBeGreaterThan(0);
    for (const s of r.suggestions) {
      expect(bought.has(s.styleId)).toBe(false);
      await expectObtainable(s, mad01);
    }
    const fromHistory = r.suggestions.filter((s) => typeof s.reason.params.with === "string" && names.has(String(s.reason.params.with)));
    expect(fromHistory.length).toBeGreaterThan(0);
  });

  it("switches to item-based suggestions once the latest record is a withdrawal: nothing from their history, sizes or tastes", async () => {
    const customerId = await customerWithMostHistory();
    await recordConsent(customerId, "withdrawn", NOW);
    const r = await suggestForCustomer(handle.db, { customerId, storeId: mad01, limit: 10, now: NOW });
    expect(r).toMatchObject({ personalisation: "refused", personalised: false });
    expect(r.suggestions.length).toBeGreaterThan(0);
    for (const s of r.suggestions) {
      expect(s.reason.code).toBe("popular_here");
      expect(s.sizeBasis).toBe("any");
      expect(s.reason.params.with).toBeUndefined();
    }

    const [context] = await rows<{ id: number; name: string }>(sql`SELECT id, name FROM styles WHERE id = 1`);
    const inHand = await suggestForCustomer(handle.db, { customerId, storeId: mad01, contextStyleId: 1, size: "38", limit: 10, now: NOW });
    expect(inHand.personalised).toBe(false);
    expect(inHand.suggestions.length).toBeGreaterThan(0);
    for (const s of inHand.suggestions) {
      expect(["bought_together", "same_customers", "same_last", "same_occasion", "same_fit", "similar", "popular_here"]).toContain(s.reason.code);
      if (s.reason.params.with !== undefined) expect(s.reason.params.with).toBe(context!.name);
      expect(s.sizeBasis).not.toBe("profile");
    }

    const onScreen = await suggestForStyle(handle.db, { styleId: 1, storeId: mad01, colour: "Black", customerId, now: NOW });
    expect(onScreen.personalised).toBe(false);
    for (const s of [...onScreen.alternatives, ...onScreen.goesWith]) {
      expect(s.sizeBasis).not.toBe("profile");
      expect(["favourite_colour", "favourite_brand"]).not.toContain(s.reason.code);
    }
  });

  it("treats a customer never asked as not having refused", async () => {
    const [c] = await rows<{ id: string }>(sql`
      SELECT c.id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM consent_records r WHERE r.customer_id = c.id AND r.purpose = 'personalisation')
        AND EXISTS (SELECT 1 FROM sales s WHERE s.customer_id = c.id) ORDER BY c.id LIMIT 1`);
    const r = await suggestForCustomer(handle.db, { customerId: c!.id, storeId: mad01, now: NOW });
    expect(r).toMatchObject({ personalisation: "not_asked", personalised: true });
  });

  it("finds no customer that does not exist", async () => {
    await expect(suggestForCustomer(handle.db, { customerId: "00000000-0000-4000-8000-000000000000", storeId: mad01, now: NOW })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("before the job has run", () => {
  it("still offers similar styles (same category, nearest price) rather than nothing", async () => {
    await handle.db.execute(sql`TRUNCATE rec_item_pairs`);
    clearServingCache(handle.db);
    const r = await suggestForStyle(handle.db, { styleId: 1, storeId: mad01, colour: "Black", size: "38", now: NOW });
    expect(r.alternatives.length).toBeGreaterThan(0);
    expect(r.goesWith).toEqual([]);
    for (const s of r.alternatives) await expectObtainable(s, mad01);
  });
});
