import { expect, test } from "@playwright/test";
import { DEMO_SOLD_OUT, DEMO_STORY } from "@/lib/db/seed/demo-story";
import { DEMO_CREDENTIALS } from "@/lib/db/seed/demo-credentials";
import { DEMO, TABLET_STATE, availableNow, expectAccessible, scanWithWedge, signInWithPin } from "./fixtures";

type StyleDetail = { id: number; colours: { name: string; variants: { size: string; ean: string }[] }[] };

test.use({ storageState: TABLET_STATE.mad01 });

test.beforeEach(async ({ page }) => {
  await signInWithPin(page, DEMO.mad01.associates[0]!);
});

test("a search with a typo finds the style, and the stores grid shows who has size 38", async ({ page }) => {
  const box = page.getByRole("combobox", { name: "Search products" });
  await box.fill("aria ankel boot");
  const first = page.getByRole("option").first();
  await expect(first).toContainText(DEMO_STORY.styleName);
  await expectAccessible(page);
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name: DEMO_STORY.styleName })).toBeVisible();

  await page.getByLabel("Customer's size").selectOption(DEMO_STORY.size);
  await expect(page).toHaveURL(/size=38/);
  const grid = page.getByRole("table", { name: new RegExp(`${DEMO_STORY.colour} by store and size`) });
  // MAD01 (this store) has none of Black 38; the demo's sources show what they have now.
  const styleId = Number(/\/styles\/(\d+)/.exec(page.url())![1]);
  const now = await availableNow(page, styleId, DEMO_STORY.colour, DEMO_STORY.size);
  const here = grid.locator(`tr[data-store="${DEMO_STORY.homeStoreCode}"]`);
  await expect(here.getByRole("button", { name: new RegExp(`size ${DEMO_STORY.size}: 0 available`) })).toBeVisible();
  for (const s of DEMO_STORY.sourceStores) {
    await expect(grid.locator(`tr[data-store="${s.code}"]`).getByRole("button", { name: new RegExp(`size ${DEMO_STORY.size}: ${now.get(s.code)} available`) })).toBeVisible();
  }
  // The nearest source is listed right after this store.
  await expect(grid.locator("tbody tr").nth(1)).toHaveAttribute("data-store", DEMO_STORY.nearestSourceCode);
  await expect(grid.getByText(/Arrives /).first()).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Only stores with this size").check();
  // This store stays as the grid's anchor; the others are exactly the stores that have the size now.
  const withSize = [...now.entries()].filter(([code, n]) => n > 0 && code !== DEMO_STORY.homeStoreCode).length;
  expect(withSize).toBeGreaterThan(0);
  await expect(grid.locator("tbody tr")).toHaveCount(withSize + 1);
});

test("a hardware scanner opens the style on its colour and size without touching the search box", async ({ page }) => {
  const detail = (await (await page.request.get(`/api/v1/catalog/search?q=${DEMO_STORY.styleCode}`)).json()) as { hits: { styleId: number }[] };
  const style = (await (await page.request.get(`/api/v1/styles/${detail.hits[0]!.styleId}`)).json()) as StyleDetail;
  const ean = style.colours.find((c) => c.name === DEMO_STORY.inStockColour)!.variants.find((v) => v.size === DEMO_STORY.size)!.ean;
  await page.locator("body").click({ position: { x: 5, y: 400 } });
  await scanWithWedge(page, ean);
  await expect(page).toHaveURL(new RegExp(`/styles/${style.id}\\?colour=${DEMO_STORY.inStockColour}&size=${DEMO_STORY.size}`));
  const here = (await availableNow(page, style.id, DEMO_STORY.inStockColour, DEMO_STORY.size)).get(DEMO_STORY.homeStoreCode);
  await expect(page.getByRole("link", { name: `${DEMO_STORY.inStockColour} size ${DEMO_STORY.size}: ${here} available here` })).toBeVisible();
});

test("an unknown or malformed code says so and offers search", async ({ page }) => {
  await page.getByRole("button", { name: "Scan" }).click();
  const dialog = page.getByRole("dialog", { name: "Scan a barcode" });
  await expectAccessible(page);
  await dialog.getByLabel("Barcode digits").fill("4006381333931");
  await dialog.getByRole("button", { name: "Find" }).click();
  await expect(dialog.getByRole("alert").filter({ hasText: "No product has the code 4006381333931" })).toBeVisible();
  await expect(dialog.getByRole("link", { name: "Search instead" })).toBeVisible();
  await dialog.getByLabel("Barcode digits").fill("4006381333932");
  await dialog.getByRole("button", { name: "Find" }).click();
  await expect(dialog.getByRole("alert").filter({ hasText: "is not a valid barcode" })).toBeVisible();
});

test("a lost sale is recorded in one tap from the grid", async ({ page }) => {
  await page.getByRole("combobox", { name: "Search products" }).fill(DEMO_SOLD_OUT.styleCode);
  await page.getByRole("option").first().click();
  await page.getByLabel("Customer's size").selectOption(DEMO_SOLD_OUT.size);
  await expect(page).toHaveURL(/size=38/);
  await page.getByLabel("Only stores with this size").check();
  await expect(page.getByText(`No store has ${DEMO_SOLD_OUT.colour} in size ${DEMO_SOLD_OUT.size} right now.`)).toBeVisible();
  await page.getByRole("button", { name: "Log lost sale" }).click();
  const dialog = page.getByRole("dialog", { name: "Log a lost sale" });
  await expect(dialog.getByLabel("Size")).toHaveValue(DEMO_SOLD_OUT.size);
  await expectAccessible(page);
  await dialog.getByLabel("Out of stock everywhere").check();
  await dialog.getByRole("button", { name: "Record lost sale" }).click();
  await expect(dialog.getByText("Lost sale recorded")).toBeVisible();
});

test("the search page filters by category and price", async ({ page }) => {
  await page.getByRole("combobox", { name: "Search products" }).fill("boot");
  await page.getByRole("combobox", { name: "Search products" }).press("Enter");
  await expect(page).toHaveURL(/\/search\?q=boot/);
  await expect(page.getByRole("heading", { name: "Results for “boot”" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Price").selectOption("100-150");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/price=100-150/);
});

test.describe("bad input gets clear 4xx errors", () => {
  test("search and barcode", async ({ page }) => {
    for (const q of ["", "x".repeat(10_000)]) {
      const r = await page.request.get(`/api/v1/catalog/search?q=${q}`);
      expect(r.status()).toBe(422);
      const body = await r.json();
      expect(body.error.code).toBe("validation_failed");
      expect(body.error.fields.q).toBeTruthy();
    }
    for (const code of ["12345", "abc", "4006381333932"]) {
      const r = await page.request.get(`/api/v1/catalog/barcode/${code}`);
      expect(r.status(), code).toBe(422);
    }
  });

  test("stock events", async ({ request }) => {
    const auth = { authorization: `Bearer ${DEMO_CREDENTIALS.apiToken}` };
    const notBatch = await request.post("/api/v1/stock/events", { headers: auth, data: { nope: true } });
    expect(notBatch.status()).toBe(422);
    const notJson = await request.post("/api/v1/stock/events", { headers: { ...auth, "content-type": "application/json" }, data: Buffer.from("{oops") });
    expect(notJson.status()).toBe(400);
    const mixed = await request.post("/api/v1/stock/events", {
      headers: auth,
      data: {
        events: [
          { id: "e2e-bad-1", storeCode: "MAD01", sku: "NO-SUCH-SKU", kind: "absolute", quantity: 3, sourceTs: new Date().toISOString() },
          { id: "e2e-bad-2", storeCode: "MAD01", kind: "delta", quantity: "many", sourceTs: "yesterday" },
        ],
      },
    });
    expect(mixed.status()).toBe(200);
    const body = (await mixed.json()) as { results: { id: string; status: string; error?: { message: string } }[] };
    expect(body.results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(body.results[0]!.error!.message).toBeTruthy();
    const anonymous = await request.post("/api/v1/stock/events", { data: { events: [] } });
    expect(anonymous.status()).toBe(401);
  });
});

test("suggestions on the style screen are available, in the size, with a reason, and go into the order", async ({ page }) => {
  await page.goto(`/search?q=${DEMO_STORY.styleCode}`);
  await page.getByRole("link", { name: new RegExp(DEMO_STORY.styleName) }).first().click();
  await page.getByLabel("Customer's size").selectOption(DEMO_STORY.size);
  await expect(page).toHaveURL(/size=38/);
  const first = page.getByTestId("suggestion").first();
  await expect(first).toBeVisible();
  await expect(first).toContainText(/ · 38 · /);
  await expect(first).toContainText(/here|Arrives/);
  await expectAccessible(page);
  await first.getByRole("button", { name: "Add to order" }).click();
  await expect(first.getByRole("button", { name: "Added to the order" })).toBeVisible();
  await page.goto("/order");
  await expect(page.getByTestId("order-line")).toHaveCount(1);
});
