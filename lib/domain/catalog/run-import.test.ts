import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import type { DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import { stock, styles, variants } from "@/lib/db/schema";
import { insertFixture, type Fixture } from "@/lib/domain/stock/test-fixtures";
import { ImportFileError, runImport, type ImportOptions } from "./run-import";
import { searchStyles } from "./search-styles";

let h: DbHandle;
let f: Fixture;

beforeAll(async () => {
  h = await createTestDb();
  f = await insertFixture(h.db, {});
});
afterAll(async () => h.close());

async function* chunks(text: string | Buffer, size = 64) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function run(text: string | Buffer, opts: Partial<ImportOptions> = {}) {
  const errors: string[] = [];
  const skipped: string[] = [];
  const summary = await runImport(h.db, chunks(text), { onLineError: (m) => errors.push(m), onSkip: (m) => skipped.push(m), batchSize: 7, ...opts });
  // Line errors arrive as they are found (validation at once, database checks per batch): compare by line.
  const byLine = (m: string) => Number(/^line (\d+)/.exec(m)?.[1]);
  return { summary, errors: errors.sort((a, b) => byLine(a) - byLine(b)), skipped };
}

const sample = (name: string) => readFileSync(`samples/${name}`, "utf8");

describe("catalogue import", () => {
  it("imports the sample catalogue, and importing it again changes nothing", async () => {
    const first = await run(sample("catalog.csv"));
    expect(first.errors).toEqual([]);
    expect(first.summary).toMatchObject({ kind: "catalog", records: 28, saved: 28, failed: 0 });
    const count = async () => (await h.db.execute(sql`SELECT (SELECT count(*) FROM styles WHERE code LIKE 'IM-%')::int AS s, (SELECT count(*) FROM variants WHERE sku LIKE 'IM-%')::int AS v`)).rows[0];
    expect(await count()).toEqual({ s: 5, v: 28 });
    expect((await run(sample("catalog.csv"))).summary.saved).toBe(28);
    expect(await count()).toEqual({ s: 5, v: 28 });

    const [boot] = await h.db.select().from(styles).where(eq(styles.code, "IM-AB-1002"));
    expect(boot).toMatchObject({ priceCents: 11900, attributes: { heel: "mid", last: "regular" }, description: "Suede ankle boot, side zip, 5 cm block heel." });
    const [sock] = await h.db.select().from(variants).where(eq(variants.sku, "IM-SK-1005-GRY-39-42"));
    expect(sock).toMatchObject({ priceCents: 1350, sizeOrder: 1, ean: expect.stringMatching(/^\d{13}$/) });
    // Searchable at once, colours included.
    const r = await searchStyles(h.db, { q: "sage runner", storeId: f.storeId.MAD01 });
    expect(r.hits[0]?.name).toBe("Brisa Knit Runner");
  });

  it("reports each bad line by number and column, and saves the good ones", async () => {
    const csv = [
      "style_code,style_name,brand,category,department,price,sku,ean,colour,size",
      "IM-Q-1,Quinta Boot,Q,boots,women,50,IM-Q-1-BLK-38,4006381333931,Black,38",
      "IM-Q-1,Quinta Boot,Q,boots,women,50,IM-Q-1-BLK-39,4006381333932,Black,39",
      "IM-Q-1,Quinta Boot,Q,boots,women,50,IM-Q-1-BLK-38,0036000291452,Black,38",
      "IM-Q-1,Quinta Boot,Q,boots,women,50,IM-Q-1-BLK-40,4006381333931,Black,40",
      `IM-Q-1,Quinta Boot,Q,boots,women,50,IM-Q-1-BLK-41,${(await h.db.select().from(variants).limit(1))[0]!.ean},Black,41`,
      "IM-Q-1,,Q,boots,shoes,fifty,IM-Q-1-BLK-42,96385074,Black,42",
      "IM-Q-1,Quinta Boot,Q,boots,women,50,IM-Q-1-BLK-43,96385074,Black,43",
    ].join("\n");
    const { summary, errors } = await run(csv);
    expect(errors).toEqual([
      "line 3: ean: check digit is wrong (expected 1)",
      "line 4: sku: IM-Q-1-BLK-38 is already on line 2",
      "line 5: ean: already used by SKU IM-Q-1-BLK-38 on line 2",
      expect.stringMatching(/^line 6: ean: already used by SKU FW-/),
      "line 7: style_name: required; department: one of women, men, kids, unisex; price: a price in euros, like 129.95",
    ]);
    expect(summary).toMatchObject({ records: 7, saved: 2, failed: 5 });
  });

  it("refuses a file it cannot recognise", async () => {
    await expect(run("name,qty\nx,1\n")).rejects.toBeInstanceOf(ImportFileError);
    await expect(run("")).rejects.toThrow("The file is empty");
  });

  it("keeps accented text intact when a character is split between chunks", async () => {
    const csv = Buffer.from("style_code,style_name,brand,category,department,price,sku,ean,colour,size\nIM-N-1,Señorío Añil,Ñ,boots,women,50,IM-N-1-AZ-38,4006381333948,Añil,38\n");
    const errors: string[] = [];
    await runImport(h.db, chunks(csv, 3), { onLineError: (m) => errors.push(m) });
    expect(errors).toEqual([]);
    expect((await h.db.select().from(styles).where(eq(styles.code, "IM-N-1")))[0]?.name).toBe("Señorío Añil");
  });
});

describe("stock import", () => {
  it("applies the sample counts as absolute counts dated at the import", async () => {
    const now = new Date();
    const { summary, errors } = await run(sample("stock.csv"), { now });
    expect(errors).toEqual([]);
    expect(summary.kind).toBe("stock");
    expect(summary.saved).toBe(summary.records);
    const [row] = await h.db
      .select()
      .from(stock)
      .innerJoin(variants, eq(variants.id, stock.variantId))
      .where(and(eq(variants.sku, "IM-SN-1001-WHT-36"), eq(stock.storeId, f.storeId.MAD01)));
    expect(row?.stock.countedAt?.getTime()).toBe(now.getTime());
  });

  it("reports unknown stores and SKUs, counts below reserved, and skips a repeated line", async () => {
    const [v] = await h.db.select().from(variants).where(eq(variants.sku, "IM-TS-1004-NVY-M"));
    await h.db.insert(stock).values({ variantId: v!.id, storeId: f.storeId.TOL01, onHand: 5, reserved: 3 }).onConflictDoNothing();
    const csv = "store_code;sku;on_hand\nTOL01;IM-TS-1004-NVY-M;2\nNOPE;IM-TS-1004-NVY-M;2\nTOL01;NOPE;1\nTOL01;IM-TS-1004-NVY-L;4\nTOL01;IM-TS-1004-NVY-L;5\nTOL01;IM-TS-1004-NVY-S;-2\n";
    const { summary, errors, skipped } = await run(csv);
    expect(errors).toEqual([
      "line 2: On hand cannot go below reserved units: a count of 2 would leave 2, and 3 are reserved.",
      'line 3: storeCode: Unknown store code "NOPE".',
      'line 4: sku: Unknown SKU "NOPE".',
      "line 7: on_hand: a whole number of units from 0 to 100000",
    ]);
    expect(skipped).toEqual([expect.stringMatching(/^line 6: skipped/)]);
    expect(summary).toMatchObject({ records: 6, saved: 1, skipped: 1, failed: 4 });
  });
});
