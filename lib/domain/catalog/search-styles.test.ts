import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import type { DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import { styles, variants } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { eanFor, insertFixture, type Fixture } from "@/lib/domain/stock/test-fixtures";
import { searchStyles } from "./search-styles";

let h: DbHandle;
let f: Fixture;

beforeAll(async () => {
  h = await createTestDb();
  f = await insertFixture(h.db, {
    MAD01: {
      "FW-AB-0001-BLK-37": 2,
      "FW-AB-0001-BLK-38": 0,
      "FW-AB-0001-TAN-38": [4, 1],
      "FW-SN-0002-WHT-42": 3,
      "FW-BT-0004-BLK-42": 1,
    },
    MAD02: { "FW-AB-0001-BLK-38": 2 },
  });
});
afterAll(async () => h.close());

const search = (q: string, filters = {}) => searchStyles(h.db, { q, storeId: f.storeId.MAD01, filters });
const names = async (q: string, filters = {}) => (await search(q, filters)).hits.map((x) => x.name);

describe("type-ahead search", () => {
  it("tolerates a transposed letter: 'snaekers' finds the sneakers first", async () => {
    expect((await names("snaekers"))[0]).toBe("Nimbus Runner Sneakers");
  });

  it("tolerates a misspelt word among right ones: 'ankel boot' finds the ankle boot first", async () => {
    expect((await names("ankel boot"))[0]).toBe("Aria Leather Ankle Boot");
  });

  it("ignores accents in either direction", async () => {
    expect((await names("cordoba"))[0]).toBe("Córdoba Suede Loafer");
    expect((await names("Córdoba"))[0]).toBe("Córdoba Suede Loafer");
    expect((await names("CÓRDOBÁ loafér"))[0]).toBe("Córdoba Suede Loafer");
  });

  it("matches partial words as they are typed", async () => {
    expect((await names("ari"))[0]).toBe("Aria Leather Ankle Boot");
    expect((await names("nimbus ru"))[0]).toBe("Nimbus Runner Sneakers");
  });

  it("searches brand and colour too", async () => {
    expect(await names("suela madre")).toEqual(["Aria Leather Ankle Boot"]);
    expect((await names("navy sneakers"))[0]).toBe("Nimbus Runner Sneakers");
    expect((await names("black boot")).slice(0, 2).sort()).toEqual(["Aria Leather Ankle Boot", "Chelsea Boot Classic"]);
  });

  it("keeps the best partial matches when one word matches nothing", async () => {
    expect(await names("chelsea qwxz")).toEqual(["Chelsea Boot Classic"]);
    expect((await names("black qwxz boot")).slice(0, 2).sort()).toEqual(["Aria Leather Ankle Boot", "Chelsea Boot Classic"]);
  });

  it("never returns inactive styles", async () => {
    expect(await names("aria ghost")).not.toContain("Aria Ghost Boot");
  });

  it("puts an exact SKU first and says which variant matched", async () => {
    const r = await search("fw-sn-0002-nvy-42");
    expect(r.hits[0]).toMatchObject({ name: "Nimbus Runner Sneakers", matched: { sku: "FW-SN-0002-NVY-42", colour: "Navy", size: "42" } });
  });

  it("puts an exact EAN first and says which variant matched", async () => {
    const [v] = await h.db.select().from(variants).where(eq(variants.sku, "FW-BT-0004-BLK-43"));
    const r = await search(v!.ean);
    expect(r.hits[0]).toMatchObject({ name: "Chelsea Boot Classic", matched: { variantId: v!.id, size: "43" } });
  });

  it("puts an exact style code first", async () => {
    const r = await search("FW-BT-0004");
    expect(r.hits[0]?.name).toBe("Chelsea Boot Classic");
    expect(r.hits[0]?.matched).toBeUndefined();
  });

  it("returns price, colours (in order, with hex), image and units available here", async () => {
    const aria = (await search("aria")).hits[0];
    expect(aria).toMatchObject({
      code: "FW-AB-0001",
      priceCents: 12995,
      image: "/img/FW-AB-0001.jpg",
      colours: [{ name: "Black", hex: "#1C1C1C" }, { name: "Tan", hex: "#C08A5B" }],
      // 2 Black 37 + 0 Black 38 + (4 - 1) Tan 38 at MAD01; MAD02's units are not "here".
      availableHere: 5,
    });
  });

  it("filters by category, colour, price band and size available here", async () => {
    expect(await names("boot", { category: "boots" })).toEqual(["Chelsea Boot Classic"]);
    expect(await names("boot", { colour: "tan" })).toEqual(["Aria Leather Ankle Boot"]);
    expect(await names("boot", { priceMinCents: 13000 })).toEqual(["Chelsea Boot Classic"]);
    expect(await names("boot", { priceMaxCents: 13000 })).toEqual(["Aria Leather Ankle Boot"]);
    // Black 38 is at 0 in MAD01 (MAD02 has it): not "available here". Tan 38 is.
    expect(await names("aria", { size: "38", colour: "Black" })).toEqual([]);
    expect(await names("aria", { size: "38" })).toEqual(["Aria Leather Ankle Boot"]);
    expect(await names("aria", { size: "39" })).toEqual([]);
  });

  it("offers facets from every match, before filters", async () => {
    const r = await search("boot", { category: "boots" });
    expect(r.facets.categories).toEqual(expect.arrayContaining(["ankle-boots", "boots"]));
    expect(r.facets.colours).toEqual(expect.arrayContaining(["Black", "Tan"]));
  });

  it("trims the query and finds nothing for nonsense without failing", async () => {
    expect((await search("   aria  ")).query).toBe("aria");
    expect((await search("zzqxw")).hits).toEqual([]);
    expect((await search("%_'\\")).hits).toEqual([]);
    for (const odd of ["日本", "👟", "ü", "a&b|c!d:*", "( ) ' \" ;", "o'neil", "x".repeat(100)]) {
      expect(Array.isArray((await search(odd)).hits), odd).toBe(true);
    }
  });

  it("refuses an empty or 10,000-character query with a 422, not a 500", async () => {
    const long = searchStyles(h.db, { q: "a".repeat(10_000), storeId: f.storeId.MAD01 });
    await expect(long).rejects.toBeInstanceOf(AppError);
    await expect(long).rejects.toMatchObject({ status: 422, message: "Search text can be at most 100 characters." });
    await expect(searchStyles(h.db, { q: "   ", storeId: f.storeId.MAD01 })).rejects.toMatchObject({ status: 422 });
  });
});

describe("colour names in the search document", () => {
  it("follow the variants: a new colour becomes searchable, a retired one stops matching", async () => {
    const id = f.styleId["FW-LF-0003"]!;
    await h.db.insert(variants).values({ styleId: id, sku: "FW-LF-0003-OLV-37", ean: eanFor(900), colour: "Olive", colourHex: "#6B7A3A", size: "37", sizeOrder: 0, priceCents: 10995 });
    const [row] = await h.db.select({ names: sql<string>`colour_names` }).from(styles).where(eq(styles.id, id));
    expect(row?.names).toBe("Brown|Olive");
    expect((await names("olive loafer"))[0]).toBe("Córdoba Suede Loafer");
    await h.db.update(variants).set({ active: false }).where(eq(variants.sku, "FW-LF-0003-OLV-37"));
    expect(await names("loafer", { colour: "Olive" })).toEqual([]);
    await h.db.delete(variants).where(eq(variants.sku, "FW-LF-0003-OLV-37"));
    const [after] = await h.db.select({ names: sql<string>`colour_names` }).from(styles).where(eq(styles.id, id));
    expect(after?.names).toBe("Brown");
  });
});
