import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray, sql } from "drizzle-orm";
import { rowsOf, type DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import {
  auditLog,
  consentRecords,
  customerNotes,
  customers,
  emailOutbox,
  flowRuns,
  flows,
  holds,
  idempotencyKeys,
  lostSales,
  orderEvents,
  orders,
  recImpressions,
  saleLines,
  sales,
  usageEvents,
  variants,
  styles,
} from "@/lib/db/schema";
import { listConsentState } from "@/lib/domain/consent/list-consent-state";
import { recordConsent } from "@/lib/domain/consent/record-consent";
import { placeOrder } from "@/lib/domain/orders/place-order";
import { placeOrderInputSchema } from "@/lib/domain/orders/schemas";
import { DEMO_STORY } from "@/lib/db/seed/demo-story";
import { addNote } from "./add-note";
import { captureCustomer } from "./capture-customer";
import { eraseCustomer } from "./erase-customer";
import { exportCustomer } from "./export-customer";
import { findCustomers } from "./find-customers";
import { getCustomerProfile } from "./get-customer-profile";
import { mergeCustomers } from "./merge-customers";
import { insertCustomer, loadTestBook, type TestBook } from "./test-book";

let h: DbHandle;
let b: TestBook;
let survivor: string;
let duplicate: string;
let variantId: number;
let styleId: number;
const SURVIVOR_PHONE = "+34699123457";
const DUPLICATE_PHONE = "+34699765432";
const SURVIVOR_EMAIL = "rocio.merino@example.es";
const DUPLICATE_EMAIL = "rocio.m_old@example.es";

/** Every text, varchar and jsonb column of every table in the public schema holding `needle`. */
async function columnsContaining(needle: string): Promise<string[]> {
  const cols = rowsOf<{ table_name: string; column_name: string }>(
    await h.db.execute(sql`
      SELECT c.table_name, c.column_name FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = 'public' AND c.data_type IN ('text', 'character varying', 'character', 'jsonb', 'json')
      ORDER BY c.table_name, c.column_name`),
  );
  expect(cols.length).toBeGreaterThan(40);
  const pattern = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const found: string[] = [];
  for (const c of cols) {
    const [row] = rowsOf<{ n: number }>(
      await h.db.execute(sql`SELECT count(*)::int AS n FROM ${sql.identifier(c.table_name)} WHERE ${sql.identifier(c.column_name)}::text ILIKE ${pattern}`),
    );
    if (Number(row?.n) > 0) found.push(`${c.table_name}.${c.column_name}`);
  }
  return found;
}

const needles = [SURVIVOR_EMAIL, DUPLICATE_EMAIL, SURVIVOR_PHONE, DUPLICATE_PHONE, SURVIVOR_PHONE.slice(3), DUPLICATE_PHONE.slice(3)];

beforeAll(async () => {
  h = await createTestDb();
  b = await loadTestBook(h.db);
  const [v] = await h.db
    .select({ id: variants.id, styleId: variants.styleId })
    .from(variants)
    .innerJoin(styles, eq(styles.id, variants.styleId))
    .where(and(eq(styles.code, DEMO_STORY.styleCode), eq(variants.colour, DEMO_STORY.colour), eq(variants.size, DEMO_STORY.size)));
  variantId = v!.id;
  styleId = v!.styleId;

  // The survivor: captured with a consent, then shopping, ordering (the real order path), holding, noted, logged.
  survivor = randomUUID();
  await captureCustomer(h.db, b.associateA, {
    clientId: survivor,
    firstName: "Rocío",
    lastName: "",
    phone: SURVIVOR_PHONE,
    email: SURVIVOR_EMAIL,
    sizes: { shoe: "38" },
    preferences: { colours: ["Black"] },
    consents: [{ purpose: "marketing_email", textId: b.texts.marketing_email }],
  });
  await h.db.insert(sales).values({ channel: "store", storeId: b.stores.MAD01, customerId: survivor, totalCents: 12995, at: new Date("2026-10-02T10:00:00Z") });
  const order = await placeOrder(
    h.db,
    b.associateA,
    placeOrderInputSchema.parse({
      customer: { id: survivor },
      fulfilment: { kind: "delivery", address: { name: "Rocío Merino", line1: "Calle Luna 2", city: "Madrid", postcode: "28004", phone: "699 123 457" } },
      lines: [{ kind: "ship", variantId, source: "best" }],
    }),
    { idempotencyKey: randomUUID() },
  );
  expect(order.status).toBe(201);
  await addNote(h.db, b.associateA, { customerId: survivor, body: `Prefers WhatsApp on 699 123 457, or ${SURVIVOR_EMAIL}` });
  await getCustomerProfile(h.db, b.associateA, survivor);

  // The duplicate: the same person captured again at the same store with an older address.
  duplicate = await insertCustomer(h.db, { firstName: "Rocio", lastName: "Merino", phone: DUPLICATE_PHONE, email: DUPLICATE_EMAIL, homeStoreId: b.stores.MAD01 });
  await h.db.update(customers).set({ birthday: "1985-03-09", sizes: { shoe: "39", tops: "S" }, preferences: { colours: ["Red"], fit: ["wide"] } }).where(eq(customers.id, duplicate));
  const [dupSale] = await h.db.insert(sales).values({ channel: "online", customerId: duplicate, totalCents: 4995, at: new Date("2026-09-01T10:00:00Z") }).returning({ id: sales.id });
  await h.db.insert(saleLines).values({ saleId: dupSale!.id, variantId, styleId, qty: 1, unitPriceCents: 4995 });
  const [dupOrder] = await h.db
    .insert(orders)
    .values({ number: "FW-DUP-0001", customerId: duplicate, storeId: b.stores.MAD01, fulfilment: "delivery", totalCents: 4995, address: { name: "Rocío M.", line1: "Calle Sol 9", city: "Madrid", postcode: "28013", country: "ES", phone: DUPLICATE_PHONE } })
    .returning({ id: orders.id });
  await h.db.insert(orderEvents).values({ orderId: dupOrder!.id, status: "placed", note: `Customer asked us to text ${DUPLICATE_PHONE}` });
  await h.db.insert(emailOutbox).values({ to: DUPLICATE_EMAIL, subject: "Your order FW-DUP-0001", bodyText: "Thanks Rocío", kind: "order_confirmation", refId: dupOrder!.id });
  await h.db.insert(holds).values({ variantId, storeId: b.stores.MAD02, requestedByStoreId: b.stores.MAD01, kind: "decide", customerId: duplicate, expiresAt: new Date(Date.now() + 3_600_000) });
  await h.db.insert(customerNotes).values({ customerId: duplicate, body: "Old profile, wide feet", storeId: b.stores.MAD01 });
  await h.db.insert(lostSales).values({ storeId: b.stores.MAD01, styleId, size: "39", reason: "price", note: "Call her back", customerId: duplicate });
  await recordConsent(h.db, b.associateA, { customerId: duplicate, purpose: "marketing_sms", decision: "granted", textId: b.texts.marketing_sms });
  const [flow] = await h.db.insert(flows).values({ slug: "welcome", name: "Welcome", draft: {} }).returning({ id: flows.id });
  await h.db.insert(flowRuns).values({
    flowId: flow!.id,
    version: 1,
    userId: b.associateA.kind === "user" ? b.associateA.userId : "",
    storeId: b.stores.MAD01,
    customerId: duplicate,
    visitId: "v1",
    state: { answers: { contact: DUPLICATE_EMAIL } },
  });

  // Suggestions remembered for both records: the same style shown to each, one opened under the duplicate.
  const t0 = new Date("2026-10-01T10:00:00Z");
  const t1 = new Date("2026-10-05T10:00:00Z");
  await h.db.insert(recImpressions).values([
    { customerId: survivor, styleId, shownCount: 2, firstShownAt: t1, lastShownAt: t1 },
    { customerId: duplicate, styleId, shownCount: 1, firstShownAt: t0, lastShownAt: t0, openedAt: t0 },
  ]);

  // Traces elsewhere: a tablet's free-form usage payload, another customer's note, an old audit entry.
  await h.db.insert(usageEvents).values({ type: "search", occurredAt: new Date(), payload: { q: DUPLICATE_EMAIL } });
  const other = await insertCustomer(h.db, { firstName: "Carmen", phone: "+34699000001", homeStoreId: b.stores.MAD01 });
  await h.db.insert(customerNotes).values({ customerId: other, body: "Sister of Rocío (tel 699-765-432). Shoe size 37." });
  await h.db.insert(auditLog).values({ action: "legacy.import", entity: "customer", entityId: duplicate, detail: { email: DUPLICATE_EMAIL } });
});
afterAll(async () => h?.close());

describe("merge", () => {
  it("is for managers of the store's book and admins only", async () => {
    await expect(mergeCustomers(h.db, b.associateA, { survivorId: survivor, duplicateId: duplicate })).rejects.toMatchObject({ status: 403 });
    await expect(mergeCustomers(h.db, b.managerB, { survivorId: survivor, duplicateId: duplicate })).rejects.toMatchObject({ status: 403 });
    await expect(mergeCustomers(h.db, b.managerA, { survivorId: survivor, duplicateId: survivor })).rejects.toMatchObject({ status: 422 });
    // A MAD02 customer is outside MAD01's book unless it has the survivor's exact contact.
    const elsewhere = await insertCustomer(h.db, { firstName: "Rocío", phone: "+34699000777", homeStoreId: b.stores.MAD02 });
    await expect(mergeCustomers(h.db, b.managerA, { survivorId: survivor, duplicateId: elsewhere })).rejects.toMatchObject({ status: 403 });
  });

  it("moves sales, orders, holds, notes, consents, lost sales and flow runs to the survivor, fills gaps, and audits both ids", async () => {
    const count = async (id: string) => ({
      sales: await h.db.$count(sales, eq(sales.customerId, id)),
      orders: await h.db.$count(orders, eq(orders.customerId, id)),
      holds: await h.db.$count(holds, eq(holds.customerId, id)),
      notes: await h.db.$count(customerNotes, eq(customerNotes.customerId, id)),
      consentRecords: await h.db.$count(consentRecords, eq(consentRecords.customerId, id)),
      lostSales: await h.db.$count(lostSales, eq(lostSales.customerId, id)),
      flowRuns: await h.db.$count(flowRuns, eq(flowRuns.customerId, id)),
    });
    const before = await count(duplicate);
    const keep = await count(survivor);
    expect(Object.values(before).every((n) => n >= 1)).toBe(true);

    const result = await mergeCustomers(h.db, b.managerA, { survivorId: survivor, duplicateId: duplicate });
    expect(result.moved).toEqual(before);
    expect(await count(duplicate)).toEqual({ sales: 0, orders: 0, holds: 0, notes: 0, consentRecords: 0, lostSales: 0, flowRuns: 0 });
    const after = await count(survivor);
    for (const k of Object.keys(after) as (keyof typeof after)[]) expect(after[k], k).toBe(keep[k] + before[k]);

    const [s] = await h.db.select().from(customers).where(eq(customers.id, survivor));
    expect(s).toMatchObject({ lastName: "Merino", nameSearch: "rocio merino", phoneE164: SURVIVOR_PHONE, emailNorm: SURVIVOR_EMAIL, birthday: "1985-03-09", sizes: { shoe: "38", tops: "S" }, preferences: { colours: ["Black", "Red"], fit: ["wide"] } });
    expect(result.filled).toEqual(["lastName", "birthday", "sizes.tops", "preferences.colours", "preferences.fit"]);
    const [d] = await h.db.select().from(customers).where(eq(customers.id, duplicate));
    expect(d?.mergedInto).toBe(survivor);

    // What suggestions remember follows the person: counts add up, nothing stays on the merged-away id.
    const impressions = await h.db.select().from(recImpressions).where(inArray(recImpressions.customerId, [survivor, duplicate]));
    expect(impressions).toHaveLength(1);
    expect(impressions[0]).toMatchObject({ customerId: survivor, styleId, shownCount: 3, firstShownAt: new Date("2026-10-01T10:00:00Z"), lastShownAt: new Date("2026-10-05T10:00:00Z"), openedAt: new Date("2026-10-01T10:00:00Z") });

    const state = await listConsentState(h.db, [survivor]);
    expect(state.filter((c) => c.granted).map((c) => c.purpose)).toEqual(["marketing_email", "marketing_sms"]);
    const [audit] = await h.db.select().from(auditLog).where(eq(auditLog.action, "customer.merge"));
    expect(audit).toMatchObject({ entityId: survivor, detail: { survivorId: survivor, duplicateId: duplicate, moved: before } });

    // The duplicate disappears from find; its id opens the survivor; a second merge of it is refused.
    expect((await findCustomers(h.db, b.associateA, { q: "699 765 432" })).hits).toEqual([]);
    expect((await getCustomerProfile(h.db, b.associateA, duplicate)).id).toBe(survivor);
    await expect(mergeCustomers(h.db, b.admin, { survivorId: survivor, duplicateId: duplicate })).rejects.toMatchObject({ status: 409 });
  });
});

describe("export", () => {
  it("is admin only", async () => {
    await expect(exportCustomer(h.db, b.managerA, survivor)).rejects.toMatchObject({ status: 403 });
  });

  it("holds everything about the customer and the records merged into them, and is audited", async () => {
    const doc = await exportCustomer(h.db, b.admin, survivor);
    expect(doc.customerId).toBe(survivor);
    expect(doc.customers.map((c) => c.id).sort()).toEqual([survivor, duplicate].sort());
    expect(doc.notes).toHaveLength(await h.db.$count(customerNotes, eq(customerNotes.customerId, survivor)));
    expect(doc.sales).toHaveLength(await h.db.$count(sales, eq(sales.customerId, survivor)));
    expect(doc.orders).toHaveLength(2);
    expect(doc.holds).toHaveLength(await h.db.$count(holds, eq(holds.customerId, survivor)));
    expect(doc.lostSales).toHaveLength(1);
    expect(doc.consents).toHaveLength(2);
    expect(doc.consents[0]).toMatchObject({ purpose: "marketing_email", decision: "granted", text: { body: expect.stringContaining("email") } });
    const placed = doc.orders.find((o) => o.number !== "FW-DUP-0001") as { lines: unknown[]; events: unknown[]; address: { phone?: string } };
    expect(placed.lines.length).toBeGreaterThan(0);
    expect(placed.events.length).toBeGreaterThan(0);
    expect(placed.address.phone).toBe(SURVIVOR_PHONE);
    expect(doc.auditEntries.map((a) => a.action)).toEqual(expect.arrayContaining(["customer.create", "customer.view", "customer.merge", "legacy.import"]));
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
    expect(await h.db.$count(auditLog, and(eq(auditLog.action, "customer.export"), eq(auditLog.entityId, survivor)))).toBe(1);
  });
});

describe("erasure", () => {
  it("is admin only", async () => {
    await expect(eraseCustomer(h.db, b.managerA, survivor)).rejects.toMatchObject({ status: 403 });
  });

  it("leaves no trace of the email or phone in any text or jsonb column of any table", async () => {
    // The test is only worth something if the contact was spread around first.
    const spread = new Set((await Promise.all(needles.map(columnsContaining))).flat());
    expect([...spread]).toEqual(
      expect.arrayContaining(["customers.email_norm", "customers.phone_e164", "orders.address", "email_outbox.to", "customer_notes.body", "usage_events.payload", "audit_log.detail", "idempotency_keys.response_body", "order_events.note", "flow_runs.state"]),
    );
    const saleTotal = (await h.db.select({ t: sql<number>`sum(${sales.totalCents})::int` }).from(sales).where(eq(sales.customerId, survivor)))[0]?.t;
    const orderIds = (await h.db.select({ id: orders.id }).from(orders).where(eq(orders.customerId, survivor))).map((o) => o.id);

    const result = await eraseCustomer(h.db, b.admin, survivor);
    expect(result.erasedIds.sort()).toEqual([survivor, duplicate].sort());

    for (const needle of needles) expect(await columnsContaining(needle), needle).toEqual([]);

    // Anonymised, not deleted: the books and the consent proof remain.
    const rows = await h.db.select().from(customers).where(inArray(customers.id, [survivor, duplicate]));
    for (const r of rows) {
      expect(r).toMatchObject({ firstName: "Erased", lastName: "", phoneE164: null, emailNorm: null, nameSearch: "", sizes: {}, preferences: {}, importantDates: [], birthday: null });
      expect(r.erasedAt).toBeInstanceOf(Date);
    }
    expect((await h.db.select({ t: sql<number>`sum(${sales.totalCents})::int` }).from(sales).where(eq(sales.customerId, survivor)))[0]?.t).toBe(saleTotal);
    expect(await h.db.$count(orders, inArray(orders.id, orderIds))).toBe(orderIds.length);
    expect(await h.db.$count(consentRecords, eq(consentRecords.customerId, survivor))).toBe(2);
    expect(await h.db.$count(customerNotes, eq(customerNotes.customerId, survivor))).toBe(0);
    expect(await h.db.$count(recImpressions, inArray(recImpressions.customerId, [survivor, duplicate]))).toBe(0);
    expect(await h.db.$count(emailOutbox, inArray(emailOutbox.refId, orderIds))).toBe(0);
    expect(await h.db.$count(idempotencyKeys)).toBeGreaterThan(0);
    const [sister] = await h.db.select({ body: customerNotes.body }).from(customerNotes).where(sql`${customerNotes.body} LIKE 'Sister of%'`);
    expect(sister?.body).toBe("Sister of Rocío (tel [erased]). Shoe size 37.");
    const [audit] = await h.db.select().from(auditLog).where(eq(auditLog.action, "customer.erase"));
    expect(audit).toMatchObject({ entityId: survivor, detail: { erasedIds: expect.arrayContaining([survivor, duplicate]) } });

    // Gone from find and the profile; names no longer match.
    expect((await findCustomers(h.db, b.associateA, { q: "rocio merino" })).hits).toEqual([]);
    await expect(getCustomerProfile(h.db, b.associateA, survivor)).rejects.toMatchObject({ status: 404 });
    await expect(eraseCustomer(h.db, b.admin, survivor)).rejects.toMatchObject({ status: 404 });
  });
});
