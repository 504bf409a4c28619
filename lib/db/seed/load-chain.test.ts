import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken, verifySecret } from "@/lib/auth/password";
import { rowsOf, type DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import { DEMO_CREDENTIALS, DEMO_PIN } from "./demo-credentials";
import { DEMO_SOLD_OUT, DEMO_STORY } from "./demo-story";
import { ensureSeeded } from "./ensure-seeded";
import { loadChain, type LoadResult } from "./load-chain";
import { TEST_SCALE } from "./params";

let handle: DbHandle;
let result: LoadResult;

async function query<T>(q: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await handle.db.execute(q));
}

async function count(q: ReturnType<typeof sql>): Promise<number> {
  const [row] = await query<{ n: string | number }>(q);
  return Number(row?.n ?? -1);
}

async function unitsAt(styleCode: string, colour: string, size: string): Promise<Record<string, number>> {
  const rows = await query<{ code: string; on_hand: number }>(sql`
    SELECT st.code, s.on_hand FROM stock s
    JOIN variants v ON v.id = s.variant_id JOIN styles y ON y.id = v.style_id JOIN stores st ON st.id = s.store_id
    WHERE y.code = ${styleCode} AND v.colour = ${colour} AND v.size = ${size} ORDER BY st.id`);
  return Object.fromEntries(rows.map((r) => [r.code, Number(r.on_hand)]));
}

beforeAll(async () => {
  handle = await createTestDb();
  result = await loadChain(handle.db, { ...TEST_SCALE, asOf: new Date("2025-06-01T09:00:00Z") });
});

afterAll(async () => {
  await handle?.close();
});

describe("loadChain(TEST_SCALE)", () => {
  it("loads the counts asked for", async () => {
    expect(await count(sql`SELECT count(*) AS n FROM stores`)).toBe(4);
    expect(await count(sql`SELECT count(*) AS n FROM styles`)).toBe(40);
    expect(await count(sql`SELECT count(*) AS n FROM variants`)).toBe(result.counts.variants);
    expect(await count(sql`SELECT count(*) AS n FROM stock`)).toBe(result.counts.stock);
    expect(await count(sql`SELECT count(*) AS n FROM customers`)).toBe(60);
    expect(await count(sql`SELECT count(*) AS n FROM sales`)).toBe(result.counts.sales);
    expect(await count(sql`SELECT count(*) AS n FROM sale_lines`)).toBe(result.counts.saleLines);
    expect(await count(sql`SELECT count(*) AS n FROM users`)).toBe(4 * 4 + 1);
    expect(await count(sql`SELECT count(*) AS n FROM settings`)).toBe(3);
    expect(await count(sql`SELECT count(*) AS n FROM consent_texts`)).toBe(3);
    expect(await count(sql`SELECT count(*) AS n FROM devices`)).toBe(0);
    expect(await count(sql`SELECT count(*) AS n FROM holidays WHERE region = ''`)).toBe(20);
    expect(result.counts.sales).toBeGreaterThan(60);
  });

  it("has the demo story's gap: Black 38 out at MAD01, in stock at MAD02, BCN01 and VLC01", async () => {
    expect(await unitsAt(DEMO_STORY.styleCode, DEMO_STORY.colour, DEMO_STORY.size)).toEqual({ MAD01: 0, MAD02: 2, BCN01: 1, VLC01: 3 });
    expect((await unitsAt(DEMO_STORY.styleCode, DEMO_STORY.inStockColour, DEMO_STORY.size)).MAD01).toBe(4);
    const [mad02] = await query<{ can_ship: boolean }>(sql`SELECT can_ship FROM stores WHERE code = ${DEMO_STORY.nearestSourceCode}`);
    expect(mad02?.can_ship).toBe(true);
  });

  it("has the sold-out variant at 0 in every store", async () => {
    expect(await unitsAt(DEMO_SOLD_OUT.styleCode, DEMO_SOLD_OUT.colour, DEMO_SOLD_OUT.size)).toEqual({ MAD01: 0, MAD02: 0, BCN01: 0, VLC01: 0 });
  });

  it("never reserves stock and stamps counts with asOf", async () => {
    expect(await count(sql`SELECT count(*) AS n FROM stock WHERE reserved <> 0 OR reserved > on_hand OR on_hand < 0`)).toBe(0);
    expect(await count(sql`SELECT count(*) AS n FROM stock WHERE counted_at <> '2025-06-01T09:00:00Z'::timestamptz`)).toBe(0);
    expect(await count(sql`SELECT count(*) AS n FROM stock WHERE on_hand = 0`)).toBeGreaterThan(0);
  });

  it("sells customers their own sizes", async () => {
    const mismatches = await count(sql`
      SELECT count(*) AS n FROM sale_lines l
      JOIN sales s ON s.id = l.sale_id JOIN customers c ON c.id = s.customer_id
      JOIN variants v ON v.id = l.variant_id JOIN styles y ON y.id = l.style_id
      WHERE y.department <> 'kids' AND (
        (y.code LIKE 'FW-%' AND v.size <> c.sizes->>'shoe')
        OR (y.category IN ('t-shirts','sports-tops','shirts','jackets','dresses','knitwear','hoodies') AND v.size <> c.sizes->>'tops')
        OR (y.category IN ('jeans','chinos','shorts') AND v.size <> c.sizes->>'bottoms'))`);
    expect(mismatches).toBe(0);
  });

  it("keeps every reference intact (the loader may skip foreign-key checks)", async () => {
    const orphans = await query<{ n: string | number }>(sql`
      SELECT (SELECT count(*) FROM stock s WHERE NOT EXISTS (SELECT 1 FROM variants v WHERE v.id = s.variant_id) OR NOT EXISTS (SELECT 1 FROM stores t WHERE t.id = s.store_id))
           + (SELECT count(*) FROM variants v WHERE NOT EXISTS (SELECT 1 FROM styles y WHERE y.id = v.style_id))
           + (SELECT count(*) FROM sales s WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = s.customer_id)
                OR (s.store_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM stores t WHERE t.id = s.store_id))
                OR (s.user_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM users u WHERE u.id = s.user_id)))
           + (SELECT count(*) FROM sale_lines l WHERE NOT EXISTS (SELECT 1 FROM sales s WHERE s.id = l.sale_id)
                OR NOT EXISTS (SELECT 1 FROM variants v WHERE v.id = l.variant_id AND v.style_id = l.style_id))
           + (SELECT count(*) FROM consent_records r WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = r.customer_id)
                OR NOT EXISTS (SELECT 1 FROM consent_texts t WHERE t.id = r.text_id AND t.text_hash = r.text_hash))
           + (SELECT count(*) FROM customer_notes n WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = n.customer_id))
           + (SELECT count(*) FROM customers c WHERE NOT EXISTS (SELECT 1 FROM stores t WHERE t.id = c.home_store_id)
                OR (c.created_by IS NOT NULL AND NOT EXISTS (SELECT 1 FROM users u WHERE u.id = c.created_by)))
           + (SELECT count(*) FROM users u WHERE u.home_store_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM stores t WHERE t.id = u.home_store_id)) AS n`);
    expect(Number(orphans[0]?.n)).toBe(0);
  });

  it("gives customers unique contacts and a searchable name", async () => {
    const [row] = await query<{ phones: string; distinct_phones: string; emails: string; distinct_emails: string; bad: string }>(sql`
      SELECT count(phone_e164) AS phones, count(DISTINCT phone_e164) AS distinct_phones,
             count(email_norm) AS emails, count(DISTINCT email_norm) AS distinct_emails,
             count(*) FILTER (WHERE name_search <> lower(f_unaccent(first_name || ' ' || last_name)) OR (phone_e164 IS NULL AND email_norm IS NULL)) AS bad
      FROM customers`);
    expect(row?.phones).toEqual(row?.distinct_phones);
    expect(row?.emails).toEqual(row?.distinct_emails);
    expect(Number(row?.bad)).toBe(0);
  });

  it("stores the demo sign-ins and the integration token's hash", async () => {
    const [associate] = await query<{ pin_hash: string; code: string; name: string }>(sql`
      SELECT u.pin_hash, s.code, u.name FROM users u JOIN stores s ON s.id = u.home_store_id WHERE u.staff_number = ${DEMO_CREDENTIALS.associates[0]?.staffNumber ?? ""}`);
    expect(associate?.code).toBe("MAD01");
    expect(associate?.name).toBe(DEMO_CREDENTIALS.associates[0]?.name);
    expect(await verifySecret(DEMO_PIN, associate?.pin_hash)).toBe(true);
    const [manager] = await query<{ password_hash: string; role: string }>(sql`SELECT password_hash, role FROM users WHERE email = ${DEMO_CREDENTIALS.manager.email}`);
    expect(manager?.role).toBe("manager");
    expect(await verifySecret(DEMO_CREDENTIALS.manager.password, manager?.password_hash)).toBe(true);
    expect(await count(sql`SELECT count(*) AS n FROM users WHERE role = 'admin' AND email = ${DEMO_CREDENTIALS.admin.email}`)).toBe(1);
    expect(await count(sql`SELECT count(*) AS n FROM api_tokens WHERE token_hash = ${hashToken(DEMO_CREDENTIALS.apiToken)} AND revoked_at IS NULL`)).toBe(1);
    expect(result.apiToken).toBe(DEMO_CREDENTIALS.apiToken);
  });

  it("fills the generated search column", async () => {
    const [row] = await query<{ search_text: string }>(sql`SELECT search_text FROM styles WHERE code = ${DEMO_STORY.styleCode}`);
    expect(row?.search_text).toContain("aria leather ankle boot");
  });

  it("leaves an already seeded database alone", async () => {
    await ensureSeeded(handle.db);
    expect(await count(sql`SELECT count(*) AS n FROM stores`)).toBe(4);
  });

  it("moves the id sequences past the loaded rows", async () => {
    const [store] = await query<{ id: number }>(sql`
      INSERT INTO stores (code, name, city, region, address, postcode, phone, lat, lng, timezone, opening_hours)
      VALUES ('TST01', 'Test', 'Madrid', 'MD', 'Calle Test 1', '28001', '+34 910 000 000', 40.4, -3.7, 'Europe/Madrid', '{}') RETURNING id`);
    expect(Number(store?.id)).toBe(5);
  });
});
