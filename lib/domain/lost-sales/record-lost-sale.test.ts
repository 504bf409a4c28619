import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import { customers, lostSales, usageEvents } from "@/lib/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { insertFixture, type Fixture } from "@/lib/domain/stock/test-fixtures";
import { recordLostSale } from "./record-lost-sale";
import { lostSaleSchema } from "./schemas";

let h: DbHandle;
let f: Fixture;

beforeAll(async () => {
  h = await createTestDb();
  f = await insertFixture(h.db, {});
});
afterAll(async () => h.close());

describe("lost sales", () => {
  it("records what, which size and why for the working store, with a usage event without personal data", async () => {
    const [c] = await h.db.insert(customers).values({ firstName: "Lucía", nameSearch: "lucia" }).returning({ id: customers.id });
    const { id } = await recordLostSale(h.db, f.associate, {
      styleId: f.styleId["FW-AB-0001"]!,
      variantId: f.variantId["FW-AB-0001-BLK-38"],
      reason: "out_of_stock_everywhere",
      note: "Wanted it for a wedding on Saturday",
      customerId: c!.id,
    });
    const [row] = await h.db.select().from(lostSales).where(eq(lostSales.id, id));
    expect(row).toMatchObject({ storeId: f.storeId.MAD01, userId: f.userId, colour: "Black", size: "38", reason: "out_of_stock_everywhere", customerId: c!.id });
    const events = await h.db.select().from(usageEvents).where(eq(usageEvents.type, "lost_sale"));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ storeId: f.storeId.MAD01, userId: f.userId, payload: { lostSaleId: id, size: "38", reason: "out_of_stock_everywhere", withCustomer: true } });
    expect(JSON.stringify(events[0]!.payload)).not.toMatch(/wedding|Lucía/);
  });

  it("takes colour and size as chosen when there is no variant", async () => {
    const { id } = await recordLostSale(h.db, f.associate, { styleId: f.styleId["FW-SN-0002"]!, colour: "Navy", size: "44", reason: "price" });
    expect((await h.db.select().from(lostSales).where(eq(lostSales.id, id)))[0]).toMatchObject({ colour: "Navy", size: "44", variantId: null, note: "" });
  });

  it("refuses a variant of another style, an unknown style or customer, and a bad reason", async () => {
    const styleId = f.styleId["FW-SN-0002"]!;
    await expect(recordLostSale(h.db, f.associate, { styleId, variantId: f.variantId["FW-AB-0001-BLK-38"], reason: "other" })).rejects.toMatchObject({ status: 422 });
    await expect(recordLostSale(h.db, f.associate, { styleId: 999_999, reason: "other" })).rejects.toMatchObject({ status: 404 });
    await expect(recordLostSale(h.db, f.associate, { styleId, reason: "other", customerId: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({ status: 422 });
    await expect(recordLostSale(h.db, f.associate, { styleId, reason: "bored" as "other" })).rejects.toMatchObject({ status: 422, message: "Choose why the sale was lost." });
  });

  it("records for the associate's own store only; an admin at a desk names the store", async () => {
    const styleId = f.styleId["FW-SN-0002"]!;
    await expect(recordLostSale(h.db, f.associate, { styleId, reason: "other", storeId: f.storeId.MAD02 })).rejects.toMatchObject({ status: 403 });
    const admin: Actor = { kind: "user", userId: f.userId, role: "admin", name: "HQ", storeId: null, deviceId: null, deviceStoreId: null };
    await expect(recordLostSale(h.db, admin, { styleId, reason: "other" })).rejects.toMatchObject({ status: 422 });
    const { id } = await recordLostSale(h.db, admin, { styleId, reason: "other", storeId: f.storeId.MAD02 });
    expect((await h.db.select().from(lostSales).where(eq(lostSales.id, id)))[0]?.storeId).toBe(f.storeId.MAD02);
    const [event] = await h.db.select().from(usageEvents).where(eq(usageEvents.type, "lost_sale")).orderBy(usageEvents.id).limit(1).offset(2);
    expect(event?.storeId).toBe(f.storeId.MAD02);
  });

  it("the shared schema trims the note and caps it", () => {
    expect(lostSaleSchema.parse({ styleId: 1, reason: "price", note: "  too dear " }).note).toBe("too dear");
    expect(lostSaleSchema.safeParse({ styleId: 1, reason: "price", note: "x".repeat(501) }).success).toBe(false);
  });
});
