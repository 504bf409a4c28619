import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, inArray, sql } from "drizzle-orm";
import { rowsOf, type DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import { consentRecords, customers, usageEvents } from "@/lib/db/schema";
import { listConsentState } from "@/lib/domain/consent/list-consent-state";
import { captureCustomer } from "./capture-customer";
import { findCustomers } from "./find-customers";
import { findLikelyDuplicates } from "./find-likely-duplicates";
import { insertCustomer, loadTestBook, type TestBook } from "./test-book";

let h: DbHandle;
let b: TestBook;
let jose: string;
let lucia: string;

beforeAll(async () => {
  h = await createTestDb();
  b = await loadTestBook(h.db);
  jose = await insertCustomer(h.db, { firstName: "José", lastName: "Núñez Peña", phone: "+34612345678", email: "jose.nunez@acme.es", homeStoreId: b.stores.MAD01 });
  lucia = await insertCustomer(h.db, { firstName: "Lucía", lastName: "García", phone: "+34687654321", homeStoreId: b.stores.MAD02 });
});
afterAll(async () => h?.close());

const ids = (r: { hits: { id: string }[] }) => r.hits.map((x) => x.id);

describe("find", () => {
  it("finds by phone however it is typed, chain-wide, with masked contact only", async () => {
    for (const q of ["612 345 678", "+34 612345678", "0034612345678"]) {
      const r = await findCustomers(h.db, b.associateB, { q });
      expect(r.match, q).toBe("phone");
      expect(ids(r), q).toEqual([jose]);
    }
    const [hit] = (await findCustomers(h.db, b.associateB, { q: "612345678" })).hits;
    expect(hit).toEqual({ id: jose, firstName: "José", lastName: "Núñez Peña", phoneMasked: "+34 6•• ••• •78", emailMasked: "j•••z@acme.es", homeStoreCode: "MAD01", lastVisit: null });
  });

  it("finds by email exactly, whatever the case", async () => {
    expect(ids(await findCustomers(h.db, b.associateB, { q: " Jose.Nunez@ACME.es" }))).toEqual([jose]);
    expect(await findCustomers(h.db, b.associateB, { q: "jose.nunez@" })).toEqual({ match: "incomplete", hits: [] });
    expect(await findCustomers(h.db, b.associateB, { q: "612 34" })).toEqual({ match: "incomplete", hits: [] });
  });

  it("matches names without accents, by prefix and with typos, in the store's own client book only", async () => {
    for (const q of ["jose", "Jos", "nunez", "Núñez Peña", "jose nunes", "Josè Nuñes"]) {
      const r = await findCustomers(h.db, b.associateA, { q });
      expect(r.match, q).toBe("name");
      expect(ids(r), q).toContain(jose);
    }
    // Lucía's home store is MAD02: not in MAD01's book by name, but found there by her phone.
    expect(ids(await findCustomers(h.db, b.associateA, { q: "Lucía García" }))).not.toContain(lucia);
    expect(ids(await findCustomers(h.db, b.associateB, { q: "lucia garsia" }))).toContain(lucia);
    expect(ids(await findCustomers(h.db, b.associateA, { q: "687 654 321" }))).toEqual([lucia]);
    // An associate cannot point the name search at another store's book.
    await expect(findCustomers(h.db, b.associateA, { q: "lucia", storeId: b.stores.MAD02 })).rejects.toMatchObject({ status: 403 });
    // Head office at a desk searches the chain.
    expect(ids(await findCustomers(h.db, b.admin, { q: "lucia garcia" }))).toContain(lucia);
  });

  it("never returns merged or erased customers", async () => {
    const ghost = await insertCustomer(h.db, { firstName: "Josefa", lastName: "Núñez", phone: "+34612999000", homeStoreId: b.stores.MAD01 });
    const gone = await insertCustomer(h.db, { firstName: "Josefina", lastName: "Núñez", phone: "+34612999001", homeStoreId: b.stores.MAD01 });
    await h.db.update(customers).set({ mergedInto: jose }).where(eq(customers.id, ghost));
    await h.db.update(customers).set({ erasedAt: new Date() }).where(eq(customers.id, gone));
    for (const q of ["josefa nunez", "josefina nunez"]) {
      const found = ids(await findCustomers(h.db, b.associateA, { q }));
      expect(found, q).not.toContain(ghost);
      expect(found, q).not.toContain(gone);
    }
    expect(ids(await findCustomers(h.db, b.associateA, { q: "612 999 000" }))).toEqual([]);
    expect(ids(await findCustomers(h.db, b.associateA, { q: "612 999 001" }))).toEqual([]);
  });

  it("records customer_found without personal data", async () => {
    const events = await h.db.select().from(usageEvents).where(eq(usageEvents.type, "customer_found"));
    expect(events.length).toBeGreaterThan(0);
    expect(events[0]?.payload).toMatchObject({ match: expect.any(String), results: expect.any(Number) });
    expect(JSON.stringify(events.map((e) => e.payload))).not.toMatch(/jose|612|acme|lucia|garc/i);
  });
});

describe("quick capture", () => {
  const capture = (over: Record<string, unknown> = {}) =>
    captureCustomer(h.db, b.associateA, { clientId: randomUUID(), firstName: "Marta", lastName: "Ruiz", phone: "600 111 222", ...over });

  it("explains bad input per field", async () => {
    await expect(capture({ phone: "12345" })).rejects.toMatchObject({ status: 422, fields: { phone: "Enter a mobile number like 612 345 678 or +34 612 345 678" } });
    await expect(capture({ phone: undefined, email: "marta@" })).rejects.toMatchObject({ status: 422, fields: { email: "That email address is not valid" } });
    await expect(capture({ phone: "", email: "" })).rejects.toMatchObject({ status: 422, fields: { phone: "Enter a mobile number or an email address." } });
    await expect(capture({ firstName: "  " })).rejects.toMatchObject({ status: 422, fields: { firstName: "Enter the customer's first name." } });
    await expect(capture({ birthday: "1990-02-30" })).rejects.toMatchObject({ status: 422, fields: { birthday: "That date does not exist." } });
  });

  it("saves with normalised contact, the working store as home, and the consents given, in one go", async () => {
    const clientId = randomUUID();
    const r = await capture({
      clientId,
      email: "Marta.Ruiz@Example.ES",
      sizes: { shoe: "38", tops: "" },
      preferences: { colours: ["Navy", "navy", "Black"] },
      birthday: "1988-04-12",
      consents: [
        { purpose: "marketing_email", textId: b.texts.marketing_email },
        { purpose: "personalisation", textId: b.texts.personalisation },
      ],
    });
    expect(r).toMatchObject({ status: "created", consentsRecorded: 2, customer: { id: clientId, firstName: "Marta", homeStoreCode: "MAD01", phoneMasked: "+34 6•• ••• •22" } });
    const [row] = await h.db.select().from(customers).where(eq(customers.id, clientId));
    expect(row).toMatchObject({ phoneE164: "+34600111222", emailNorm: "marta.ruiz@example.es", nameSearch: "marta ruiz", homeStoreId: b.stores.MAD01, sizes: { shoe: "38" }, preferences: { colours: ["Navy", "Black"] }, birthday: "1988-04-12" });
    const state = await listConsentState(h.db, [clientId]);
    expect(state.filter((s) => s.granted).map((s) => s.purpose)).toEqual(["marketing_email", "personalisation"]);
    const [event] = await h.db.select().from(usageEvents).where(eq(usageEvents.clientId, `customer_captured:${clientId}`));
    expect(event?.payload).toEqual({ status: "created", consents: 2, withPhone: true, withEmail: true });
  });

  it("is idempotent by clientId: a replay returns the same customer and writes nothing new", async () => {
    const clientId = randomUUID();
    const input = { clientId, firstName: "Paula", email: "paula.replay@example.es", consents: [{ purpose: "marketing_email" as const, textId: b.texts.marketing_email }] };
    expect((await captureCustomer(h.db, b.associateA, input)).status).toBe("created");
    const again = await captureCustomer(h.db, b.associateA, { ...input, confirmNotDuplicate: true });
    expect(again).toMatchObject({ status: "existing", reason: "replay", customer: { id: clientId } });
    // Concurrent replays (two retries in flight) still make one customer.
    const storm = await Promise.all([1, 2, 3, 4].map(() => captureCustomer(h.db, b.associateA, input)));
    expect(storm.every((r) => r.status === "existing" && r.customer.id === clientId)).toBe(true);
    expect(await h.db.$count(customers, eq(customers.emailNorm, "paula.replay@example.es"))).toBe(1);
    expect(await h.db.$count(consentRecords, eq(consentRecords.customerId, clientId))).toBe(1);
  });

  it("concurrent first captures of one new person on two tablets make one customer", async () => {
    const results = await Promise.all(
      [b.associateA, b.associateB].map((actor) => captureCustomer(h.db, actor, { clientId: randomUUID(), firstName: "Nora", phone: "655 000 111", confirmNotDuplicate: true })),
    );
    expect(results.map((r) => r.status).sort()).toEqual(["created", "existing"]);
    expect(await h.db.$count(customers, eq(customers.phoneE164, "+34655000111"))).toBe(1);
  });

  it("a replay that meets a customer captured meanwhile with the same phone returns that one and says so", async () => {
    const other = await insertCustomer(h.db, { firstName: "Sara", phone: "+34633444555", homeStoreId: b.stores.MAD02 });
    const r = await captureCustomer(h.db, b.associateA, { clientId: randomUUID(), firstName: "Sarah", phone: "633 444 555", confirmNotDuplicate: true });
    expect(r).toMatchObject({ status: "existing", reason: "same_contact", customer: { id: other }, message: expect.stringContaining("phone number") });
  });

  it("shows likely duplicates before saving, then saves when the associate confirms", async () => {
    // Same phone: certain.
    const same = await capture({ firstName: "Pepe", lastName: "", phone: "612 345 678" });
    expect(same).toMatchObject({ status: "duplicates", duplicates: [{ customer: { id: jose }, score: 1, certain: true, reasons: ["same_phone"] }] });
    // Close name, different number ending in the same 4 digits: likely.
    const likely = await capture({ firstName: "Jose", lastName: "Nunez", phone: "699 995 678" });
    expect(likely.status).toBe("duplicates");
    if (likely.status !== "duplicates") return;
    expect(likely.duplicates[0]).toMatchObject({ customer: { id: jose }, certain: false, reasons: ["similar_name", "phone_last4"] });
    expect(likely.duplicates[0]!.score).toBeGreaterThan(0.5);
    expect(likely.duplicates[0]!.customer).not.toHaveProperty("phoneE164");
    // Same private email domain and a close name.
    const byDomain = await findLikelyDuplicates(h.db, { firstName: "José", lastName: "Núñez", email: "jnunez@acme.es" });
    expect(byDomain.map((d) => [d.customer.id, d.reasons])).toEqual([[jose, ["similar_name", "email_domain"]]]);
    // Nothing saved so far; confirming saves a new customer.
    expect(await h.db.$count(customers, eq(customers.phoneE164, "+34699995678"))).toBe(0);
    const saved = await capture({ firstName: "Jose", lastName: "Nunez", phone: "699 995 678", confirmNotDuplicate: true });
    expect(saved.status).toBe("created");
    // The same name alone is not a duplicate: Spain has many José Núñez.
    expect(await findLikelyDuplicates(h.db, { firstName: "José", lastName: "Núñez Peña", phone: "611 222 999" })).toEqual([]);
  });

  it("an admin at a desk names the store; an associate cannot capture into another store", async () => {
    await expect(captureCustomer(h.db, b.admin, { clientId: randomUUID(), firstName: "Ana", phone: "622 000 001" })).rejects.toMatchObject({ status: 422, fields: { storeId: "Choose a store." } });
    const r = await captureCustomer(h.db, b.admin, { clientId: randomUUID(), firstName: "Ana", phone: "622 000 001", storeId: b.stores.BCN01 });
    expect(r).toMatchObject({ status: "created", customer: { homeStoreCode: "BCN01" } });
    await expect(captureCustomer(h.db, b.associateA, { clientId: randomUUID(), firstName: "Ana", phone: "622 000 002", storeId: b.stores.BCN01 })).rejects.toMatchObject({ status: 403 });
  });

  it("keeps capture usage events free of personal data", async () => {
    const rows = rowsOf<{ payload: unknown }>(await h.db.execute(sql`SELECT payload FROM usage_events WHERE type = 'customer_captured'`));
    expect(rows.length).toBeGreaterThan(3);
    expect(JSON.stringify(rows)).not.toMatch(/Marta|Paula|600|example|acme/i);
    expect(await h.db.$count(usageEvents, inArray(usageEvents.type, ["customer_captured"]))).toBe(rows.length);
  });
});
