import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import { auditLog, customers } from "@/lib/db/schema";
import { clientBookCsv, listClientBook } from "./list-client-book";
import { insertCustomer, loadTestBook, type TestBook } from "./test-book";

let h: DbHandle;
let b: TestBook;
const homeCount = (storeId: number) => h.db.$count(customers, and(eq(customers.homeStoreId, storeId), isNull(customers.mergedInto), isNull(customers.erasedAt)));

beforeAll(async () => {
  h = await createTestDb();
  b = await loadTestBook(h.db);
  await insertCustomer(h.db, { firstName: "Zoe", lastName: "=cmd|' /C calc'!A0", email: "zoe@example.es", homeStoreId: b.stores.MAD02 });
});
afterAll(async () => h?.close());

describe("client book", () => {
  it("an associate cannot list any client book, not even their own store's", async () => {
    await expect(listClientBook(h.db, b.associateA, { storeId: b.stores.MAD02 })).rejects.toMatchObject({ status: 403 });
    await expect(listClientBook(h.db, b.associateA, {})).rejects.toMatchObject({ status: 403 });
  });

  it("a manager of store A cannot list store B's client book", async () => {
    await expect(listClientBook(h.db, b.managerA, { storeId: b.stores.MAD02 })).rejects.toMatchObject({ status: 403, message: "That is another store's client book." });
  });

  it("a manager lists their own store's customers, paged, with counts and consent columns, and the read is audited", async () => {
    const page = await listClientBook(h.db, b.managerA, { pageSize: 5 });
    expect(page.store?.code).toBe("MAD01");
    expect(page.total).toBe(await homeCount(b.stores.MAD01));
    expect(page.total).toBeGreaterThan(5);
    expect(page.rows).toHaveLength(5);
    expect(page.rows.every((r) => r.homeStoreCode === "MAD01")).toBe(true);
    expect(page.rows.some((r) => r.purchaseCount > 0 && r.spentCents > 0 && r.lastVisit)).toBe(true);
    expect(page.rows.every((r) => r.phoneMasked === null || r.phoneMasked.includes("•"))).toBe(true);
    const page2 = await listClientBook(h.db, b.managerA, { pageSize: 5, page: 2 });
    expect(page2.rows.map((r) => r.id)).not.toContain(page.rows[0]!.id);
    const [audit] = await h.db.select().from(auditLog).where(eq(auditLog.action, "client_book.view")).orderBy(sql`${auditLog.id} DESC`).limit(1);
    expect(audit).toMatchObject({ entity: "store", entityId: String(b.stores.MAD01), storeId: b.stores.MAD01, detail: { page: 2, pageSize: 5, searched: false, rows: 5 } });
  });

  it("consent columns follow the latest record", async () => {
    const all = await listClientBook(h.db, b.managerA, { pageSize: 200 });
    const withConsent = await h.db.execute(sql`
      SELECT count(DISTINCT c.id)::int AS n FROM customers c
      WHERE c.home_store_id = ${b.stores.MAD01}
        AND (SELECT r.decision FROM consent_records r WHERE r.customer_id = c.id AND r.purpose = 'personalisation' ORDER BY r.at DESC, r.id DESC LIMIT 1) = 'granted'`);
    expect(all.rows.filter((r) => r.personalisation).length).toBe(Number((withConsent as unknown as { rows: { n: number }[] }).rows[0]?.n));
  });

  it("an admin lists any store, or the whole chain", async () => {
    const b2 = await listClientBook(h.db, b.admin, { storeId: b.stores.MAD02, q: "zoe" });
    expect(b2.store?.code).toBe("MAD02");
    expect(b2.rows.map((r) => r.firstName)).toEqual(["Zoe"]);
    const chain = await listClientBook(h.db, b.admin, { pageSize: 1 });
    expect(chain.store).toBeNull();
    expect(chain.total).toBe(await h.db.$count(customers, and(isNull(customers.mergedInto), isNull(customers.erasedAt))));
    await expect(listClientBook(h.db, b.admin, { storeId: 999 })).rejects.toMatchObject({ status: 404 });
  });

  it("searches the book by name or exact contact", async () => {
    expect((await listClientBook(h.db, b.managerB, { q: "zoe@example.es" })).rows.map((r) => r.firstName)).toEqual(["Zoe"]);
    expect((await listClientBook(h.db, b.managerA, { q: "zoe@example.es" })).total).toBe(0);
  });

  it("exports a page as CSV with spreadsheet formulas defused", async () => {
    const csv = clientBookCsv(await listClientBook(h.db, b.managerB, { q: "zoe" }));
    const [header, row] = csv.split("\r\n");
    expect(header).toBe("id,first_name,last_name,phone,email,home_store,customer_since,last_visit,purchases,spent_eur,marketing_email,marketing_sms,personalisation");
    expect(row).toContain(`Zoe,'=cmd|' /C calc'!A0,,z•••e@example.es,MAD02,`);
    expect(row).toMatch(/,0,0\.00,false,false,false$/);
  });
});
