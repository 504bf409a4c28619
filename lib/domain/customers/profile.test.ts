import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { rowsOf, type DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import { auditLog, customerNotes, customers, holds, lostSales, orderLines, orders, saleLines, sales, usageEvents } from "@/lib/db/schema";
import { recordConsent } from "@/lib/domain/consent/record-consent";
import { addNote } from "./add-note";
import { getCustomerProfile } from "./get-customer-profile";
import { listNotes } from "./list-notes";
import { insertCustomer, loadTestBook, type TestBook } from "./test-book";
import { updateCustomer } from "./update-customer";

let h: DbHandle;
let b: TestBook;
let id: string;
let variant: { id: number; styleId: number; colour: string; size: string; styleName: string };

beforeAll(async () => {
  h = await createTestDb();
  b = await loadTestBook(h.db);
  id = await insertCustomer(h.db, { firstName: "Elena", lastName: "Vidal", phone: "+34644000111", email: "elena.vidal@example.es", homeStoreId: b.stores.MAD01 });
  [variant] = rowsOf<typeof variant>(
    await h.db.execute(sql`SELECT v.id, v.style_id AS "styleId", v.colour, v.size, s.name AS "styleName" FROM variants v JOIN styles s ON s.id = v.style_id ORDER BY v.id LIMIT 1`),
  ) as [typeof variant];
  const userId = b.associateA.kind === "user" ? b.associateA.userId : null;
  const [order] = await h.db
    .insert(orders)
    .values({ number: "FW-TEST-0001", customerId: id, storeId: b.stores.MAD01, createdBy: userId, fulfilment: "delivery", promiseDate: "2026-11-30", totalCents: 12995, address: { name: "Elena Vidal", line1: "Calle Luna 1", city: "Madrid", postcode: "28004", country: "ES", phone: "+34644000111" } })
    .returning({ id: orders.id });
  await h.db.insert(orderLines).values({ orderId: order!.id, variantId: variant.id, sourceStoreId: b.stores.MAD02, kind: "ship", qty: 1, unitPriceCents: 12995 });
  await h.db.insert(orders).values({ number: "FW-TEST-0002", customerId: id, storeId: b.stores.MAD01, fulfilment: "pickup", pickupStoreId: b.stores.MAD01, status: "picked_up", totalCents: 5000 });
  const [store] = await h.db.insert(sales).values({ channel: "store", storeId: b.stores.MAD01, customerId: id, userId, totalCents: 8990, at: new Date("2026-10-01T10:00:00Z") }).returning({ id: sales.id });
  const [online] = await h.db.insert(sales).values({ channel: "online", customerId: id, totalCents: 4500, at: new Date("2026-10-20T10:00:00Z") }).returning({ id: sales.id });
  await h.db.insert(saleLines).values([
    { saleId: store!.id, variantId: variant.id, styleId: variant.styleId, qty: 1, unitPriceCents: 8990 },
    { saleId: online!.id, variantId: variant.id, styleId: variant.styleId, qty: 1, unitPriceCents: 4500 },
  ]);
  await h.db.insert(holds).values({ variantId: variant.id, storeId: b.stores.MAD02, requestedByStoreId: b.stores.MAD01, kind: "decide", customerId: id, expiresAt: new Date(Date.now() + 3_600_000) });
  await h.db.insert(holds).values({ variantId: variant.id, storeId: b.stores.MAD02, requestedByStoreId: b.stores.MAD01, kind: "decide", customerId: id, status: "expired", expiresAt: new Date(Date.now() - 3_600_000) });
  await h.db.insert(lostSales).values({ storeId: b.stores.MAD01, styleId: variant.styleId, colour: variant.colour, size: "41", reason: "out_of_stock_everywhere", customerId: id });
});
afterAll(async () => h?.close());

describe("profile", () => {
  it("brings contact, sizes, purchases across channels with lines, open orders, active holds, lost sales and consents", async () => {
    await recordConsent(h.db, b.associateA, { customerId: id, purpose: "marketing_sms", decision: "granted", textId: b.texts.marketing_sms });
    await h.db.update(customers).set({ sizes: { shoe: "39" }, preferences: { brands: ["Pista"] } }).where(eq(customers.id, id));
    const p = await getCustomerProfile(h.db, b.associateB, id, { screen: "profile" });
    expect(p).toMatchObject({ id, firstName: "Elena", phone: "+34644000111", email: "elena.vidal@example.es", homeStore: { code: "MAD01" }, sizes: { shoe: "39" }, preferences: { brands: ["Pista"], colours: [] } });
    expect(p.purchases.map((x) => [x.channel, x.totalCents, x.store?.code ?? null])).toEqual([["online", 4500, null], ["store", 8990, "MAD01"]]);
    expect(p.purchases[1]!.lines).toEqual([{ styleId: variant.styleId, styleName: variant.styleName, brand: expect.any(String), colour: variant.colour, size: variant.size, qty: 1, unitPriceCents: 8990 }]);
    expect(p.stats).toEqual({ purchaseCount: 2, spentCents: 13490, lastVisit: "2026-10-20T10:00:00.000Z" });
    expect(p.openOrders.map((o) => [o.number, o.status, o.promiseDate])).toEqual([["FW-TEST-0001", "placed", "2026-11-30"]]);
    expect(p.activeHolds).toHaveLength(1);
    expect(p.activeHolds[0]).toMatchObject({ store: { code: "MAD02" }, styleName: variant.styleName, size: variant.size, kind: "decide" });
    expect(p.lostSales).toMatchObject([{ size: "41", reason: "out_of_stock_everywhere", store: { code: "MAD01" } }]);
    expect(p.consents.find((c) => c.purpose === "marketing_sms")).toMatchObject({ granted: true, textVersion: 1 });
    expect(p.consents.find((c) => c.purpose === "marketing_email")).toMatchObject({ granted: false, decision: null });
  });

  it("writes an audit entry and a customer_viewed event for EVERY view", async () => {
    const count = () => h.db.$count(auditLog, and(eq(auditLog.entity, "customer"), eq(auditLog.entityId, id), eq(auditLog.action, "customer.view")));
    const before = await count();
    await getCustomerProfile(h.db, b.associateA, id, { screen: "order" });
    await getCustomerProfile(h.db, b.associateA, id, { screen: "order" });
    await getCustomerProfile(h.db, b.admin, id);
    expect(await count()).toBe(before + 3);
    const last = await h.db.select().from(auditLog).where(eq(auditLog.action, "customer.view")).orderBy(sql`${auditLog.id} DESC`).limit(3);
    expect(last.map((a) => [a.actorUserId, a.screen, a.entityId])).toEqual([
      [b.admin.kind === "user" ? b.admin.userId : null, "profile", id],
      [b.associateA.kind === "user" ? b.associateA.userId : null, "order", id],
      [b.associateA.kind === "user" ? b.associateA.userId : null, "order", id],
    ]);
    expect(last[1]!.storeId).toBe(b.stores.MAD01);
    const viewed = await h.db.select().from(usageEvents).where(eq(usageEvents.type, "customer_viewed"));
    expect(viewed.length).toBe(before + 3);
    expect(JSON.stringify(viewed.map((v) => v.payload))).not.toMatch(/Elena|644000111|example/);
  });

  it("is a 404 for an unknown or erased customer, and follows a merge to the survivor", async () => {
    await expect(getCustomerProfile(h.db, b.associateA, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ status: 404 });
    const merged = await insertCustomer(h.db, { firstName: "Elena", phone: "+34644000999", homeStoreId: b.stores.MAD01 });
    await h.db.update(customers).set({ mergedInto: id }).where(eq(customers.id, merged));
    expect((await getCustomerProfile(h.db, b.associateA, merged)).id).toBe(id);
    const erased = await insertCustomer(h.db, { firstName: "Gone", phone: "+34644000998", homeStoreId: b.stores.MAD01 });
    await h.db.update(customers).set({ erasedAt: new Date() }).where(eq(customers.id, erased));
    await expect(getCustomerProfile(h.db, b.associateA, erased)).rejects.toMatchObject({ status: 404, message: "That customer's data was erased." });
  });
});

describe("update", () => {
  it("re-normalises contact, merges sizes, replaces preference lists and recomputes the search name", async () => {
    const d = await updateCustomer(h.db, b.associateA, id, { lastName: "Vidal Sáez", phone: "0034 644 000 222", sizes: { tops: "M", shoe: null }, preferences: { colours: ["Blue"] } });
    expect(d).toMatchObject({ lastName: "Vidal Sáez", phone: "+34644000222", sizes: { tops: "M" }, preferences: { brands: ["Pista"], colours: ["Blue"] } });
    expect(d.sizes).not.toHaveProperty("shoe");
    const [row] = await h.db.select({ nameSearch: customers.nameSearch }).from(customers).where(eq(customers.id, id));
    expect(row?.nameSearch).toBe("elena vidal saez");
    const [audit] = await h.db.select().from(auditLog).where(eq(auditLog.action, "customer.update")).orderBy(sql`${auditLog.id} DESC`).limit(1);
    expect(audit?.detail).toEqual({ fields: ["name", "phone", "sizes", "preferences"] });
  });

  it("refuses a phone or email another customer has (merge instead), bad contacts, and removing both", async () => {
    const other = await insertCustomer(h.db, { firstName: "Otro", phone: "+34699111222", email: "otro@example.es", homeStoreId: b.stores.MAD02 });
    await expect(updateCustomer(h.db, b.associateA, id, { phone: "699 111 222" })).rejects.toMatchObject({ status: 409, fields: { phone: expect.stringMatching(/merge/) }, details: { customerId: other } });
    await expect(updateCustomer(h.db, b.associateA, id, { email: "OTRO@example.es" })).rejects.toMatchObject({ status: 409, fields: { email: expect.any(String) } });
    await expect(updateCustomer(h.db, b.associateA, id, { phone: "12" })).rejects.toMatchObject({ status: 422, fields: { phone: "Enter a mobile number like 612 345 678 or +34 612 345 678" } });
    await expect(updateCustomer(h.db, b.associateA, id, { email: "nope" })).rejects.toMatchObject({ status: 422, fields: { email: "That email address is not valid" } });
    await expect(updateCustomer(h.db, b.associateA, id, { phone: null, email: "" })).rejects.toMatchObject({ status: 422, fields: { phone: "Enter a mobile number or an email address." } });
    await expect(updateCustomer(h.db, b.associateA, id, {})).rejects.toMatchObject({ status: 422 });
  });
});

describe("notes", () => {
  it("stores markup verbatim as text, strips control characters, and lists newest first (audited)", async () => {
    const script = "<script>alert('x')</script> <img src=x onerror=alert(1)>";
    const first = await addNote(h.db, b.associateA, { customerId: id, body: script });
    expect(first.note.body).toBe(script);
    const [row] = await h.db.select().from(customerNotes).where(eq(customerNotes.id, first.note.id));
    expect(row?.body).toBe(script);
    const second = await addNote(h.db, b.associateB, { customerId: id, body: "Called\u0000 back\u0007\r\nabout boots" });
    expect(second.note).toMatchObject({ body: "Called back\nabout boots", storeCode: "MAD02" });
    const notes = await listNotes(h.db, b.associateA, id);
    expect(notes.slice(0, 2).map((n) => n.id)).toEqual([second.note.id, first.note.id]);
    expect(await h.db.$count(auditLog, and(eq(auditLog.action, "customer.notes.view"), eq(auditLog.entityId, id)))).toBe(1);
    expect((await getCustomerProfile(h.db, b.associateA, id)).notes[0]?.id).toBe(second.note.id);
  });

  it("refuses an empty note and one over 2,000 characters with a field error", async () => {
    await expect(addNote(h.db, b.associateA, { customerId: id, body: "x".repeat(5000) })).rejects.toMatchObject({ status: 422, fields: { body: "Keep the note under 2,000 characters." } });
    await expect(addNote(h.db, b.associateA, { customerId: id, body: " \u0000 " })).rejects.toMatchObject({ status: 422, fields: { body: "Write the note." } });
    expect((await addNote(h.db, b.associateA, { customerId: id, body: "y".repeat(2000) })).note.body).toHaveLength(2000);
  });

  it("offers the sizes and preferences a note mentions that the profile lacks, as an update ready to send", async () => {
    const r = await addNote(h.db, b.associateA, { customerId: id, body: "Talla 38 en botines, wears M, loves green. No leather. Likes Pista." });
    expect(r.suggestions.map((s) => [s.field, s.value])).toEqual([
      ["sizes.shoe", "38"],
      ["preferences.colours", "Green"],
      ["preferences.avoid", "leather"],
    ]);
    expect(r.suggestedUpdate).toEqual({ sizes: { shoe: "38" }, preferences: { colours: ["Blue", "Green"], avoid: ["leather"] } });
    const d = await updateCustomer(h.db, b.associateA, id, r.suggestedUpdate!);
    expect(d).toMatchObject({ sizes: { shoe: "38", tops: "M" }, preferences: { colours: ["Blue", "Green"], avoid: ["leather"], brands: ["Pista"] } });
    const events = await h.db.select().from(usageEvents).where(eq(usageEvents.type, "note_added"));
    expect(JSON.stringify(events.map((e) => e.payload))).not.toMatch(/leather|script|Talla/);
  });
});
