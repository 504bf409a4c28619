import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import { createTestChain, type TestChain } from "@/lib/domain/orders/test-chain";
import { findCustomerByContact, findOrCreateCustomer } from "./find-or-create-customer";

let h: DbHandle;
let c: TestChain;
beforeAll(async () => {
  h = await createTestDb();
  c = await createTestChain(h.db);
});
afterAll(async () => h?.close());

describe("find or create a customer", () => {
  it("creates one with normalised contacts and the working store as home, then finds it by either contact", async () => {
    const made = await h.db.transaction((tx) =>
      findOrCreateCustomer(tx, { firstName: "Álvaro", lastName: "Núñez", phone: "0034 611 22 33 44" }, { homeStoreId: c.stores.MAD01, createdBy: null }),
    );
    expect(made).toMatchObject({ created: true, phoneE164: "+34611223344", homeStoreId: c.stores.MAD01 });
    expect((await findCustomerByContact(h.db, { phone: "611223344" }))?.id).toBe(made.id);
    // Found again by phone; the new email fills the gap without replacing anything.
    const again = await h.db.transaction((tx) =>
      findOrCreateCustomer(tx, { firstName: "Alvaro", phone: "+34 611 223 344", email: "ALVARO@example.com" }, { homeStoreId: c.stores.BCN01, createdBy: null }),
    );
    expect(again).toMatchObject({ id: made.id, created: false, emailNorm: "alvaro@example.com", homeStoreId: c.stores.MAD01 });
    expect((await findCustomerByContact(h.db, { email: " alvaro@EXAMPLE.com" }))?.id).toBe(made.id);
  });

  it("two tablets capturing the same new customer at once make one record", async () => {
    const capture = () => h.db.transaction((tx) => findOrCreateCustomer(tx, { firstName: "Eva", email: "eva@example.com" }, { homeStoreId: c.stores.MAD01, createdBy: null }));
    const [a, b] = await Promise.all([capture(), capture()]);
    expect(a.id).toBe(b.id);
    expect([a.created, b.created].filter(Boolean)).toHaveLength(1);
  });

  it("finds nothing without a usable contact", async () => {
    expect(await findCustomerByContact(h.db, { phone: "abc" })).toBeNull();
    expect(await findCustomerByContact(h.db, {})).toBeNull();
  });
});
