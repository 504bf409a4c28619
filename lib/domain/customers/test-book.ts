import "server-only";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/lib/db/client";
import { consentTexts, customers } from "@/lib/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { loadChain } from "@/lib/db/seed/load-chain";
import { TEST_SCALE } from "@/lib/db/seed/params";
import { nameSearchKey } from "./normalise-contact";

/**
 * The demo chain at test scale (MAD01, MAD02, BCN01, VLC01 with customers, history and consents) plus actors
 * for integration tests: an associate and the manager of MAD01 and MAD02, and the head-office admin.
 */
export type TestBook = {
  stores: Record<"MAD01" | "MAD02" | "BCN01" | "VLC01", number>;
  associateA: Actor;
  associateB: Actor;
  managerA: Actor;
  managerB: Actor;
  admin: Actor;
  token: Actor;
  texts: Record<"marketing_email" | "marketing_sms" | "personalisation", number>;
};

export async function loadTestBook(db: Db): Promise<TestBook> {
  await loadChain(db, { ...TEST_SCALE, asOf: new Date("2026-11-01T09:00:00Z") });
  const storeRows = rowsOf<{ id: number; code: string }>(await db.execute(sql`SELECT id, code FROM stores`));
  const stores = Object.fromEntries(storeRows.map((s) => [s.code, Number(s.id)])) as TestBook["stores"];
  const users = rowsOf<{ id: string; role: "associate" | "manager" | "admin"; name: string; code: string | null; staff_number: string | null }>(
    await db.execute(sql`SELECT u.id, u.role, u.name, s.code, u.staff_number FROM users u LEFT JOIN stores s ON s.id = u.home_store_id ORDER BY u.staff_number NULLS LAST, u.email`),
  );
  const person = (role: "associate" | "manager" | "admin", code: string | null, onTablet: boolean): Actor => {
    const u = users.find((x) => x.role === role && x.code === code);
    if (!u) throw new Error(`test book: no ${role} at ${code}`);
    const storeId = code ? stores[code as keyof TestBook["stores"]] : null;
    return { kind: "user", userId: u.id, role, name: u.name, storeId, deviceId: null, deviceStoreId: onTablet ? storeId : null };
  };
  const texts = Object.fromEntries((await db.select({ id: consentTexts.id, purpose: consentTexts.purpose }).from(consentTexts)).map((t) => [t.purpose, t.id])) as TestBook["texts"];
  return {
    stores,
    associateA: person("associate", "MAD01", true),
    associateB: person("associate", "MAD02", true),
    managerA: person("manager", "MAD01", false),
    managerB: person("manager", "MAD02", false),
    admin: person("admin", null, false),
    token: { kind: "token", tokenId: randomUUID(), role: "integration", name: "OMS", storeId: stores.MAD01, deviceId: null, deviceStoreId: null },
    texts,
  };
}

/** A customer written directly (bypassing capture), for arranging a test. */
export async function insertCustomer(
  db: Db,
  c: { firstName: string; lastName?: string; phone?: string | null; email?: string | null; homeStoreId: number; id?: string },
): Promise<string> {
  const id = c.id ?? randomUUID();
  await db.insert(customers).values({
    id,
    firstName: c.firstName,
    lastName: c.lastName ?? "",
    phoneE164: c.phone ?? null,
    emailNorm: c.email ?? null,
    nameSearch: nameSearchKey(c.firstName, c.lastName ?? ""),
    homeStoreId: c.homeStoreId,
  });
  return id;
}
