import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type Browser, type Locator, type Page } from "@playwright/test";
import { tableCsv } from "@/components/dashboards/sort-rows";
import { DEMO, TABLET_STATE, expectAccessible, signInWithPassword, signInWithPin, uniquePhone } from "./fixtures";

const TABS = [
  ["Adoption", "/manage/dashboards"],
  ["Outcomes", "/manage/dashboards/outcomes"],
  ["Demand", "/manage/dashboards/demand"],
  ["Flows", "/manage/dashboards/flows"],
  ["Associates", "/manage/dashboards/associates"],
] as const;

const header = (s: string) => s.replace(/[▲▼↕]/g, "").trim();

/**
 * A row's figures by column header; zeros when the row is not there yet (or, with mayBeEmpty, the whole table: a
 * screen with no activity at all shows a sentence instead). Other specs may add activity, so compare with at least.
 */
async function figures(table: Locator, rowText: string, mayBeEmpty = false): Promise<Record<string, number>> {
  if (mayBeEmpty && (await table.count()) === 0) return {};
  await table.waitFor();
  const headers = (await table.locator("thead th").allTextContents()).map(header);
  const row = table.locator("tbody tr").filter({ hasText: rowText }).first();
  const cells = (await row.count()) ? await row.locator("td").allTextContents() : [];
  return Object.fromEntries(headers.map((h, i) => [h, Number((cells[i] ?? "").replace(/\D/g, "")) || 0]));
}

async function tablet(browser: Browser, state: string, staffNumber: string) {
  const ctx = await browser.newContext({ storageState: state });
  const page = await ctx.newPage();
  await signInWithPin(page, staffNumber);
  return { ctx, page, name: (await page.getByTestId("current-associate").textContent())!.trim() };
}

/** A style and size MAD01 lacks and another store can ship, so the associate orders it to home. */
async function findGap(request: APIRequestContext) {
  type Grid = { stores: { code: string; canShip: boolean; cells: { size: string; available: number }[] }[] };
  const search = (await (await request.get("/api/v1/catalog/search?q=boot&limit=20")).json()) as { hits: { styleId: number }[] };
  for (const hit of search.hits.reverse()) {
    const style = (await (await request.get(`/api/v1/styles/${hit.styleId}`)).json()) as { colours: { name: string }[] };
    for (const colour of style.colours) {
      const grid = (await (await request.get(`/api/v1/styles/${hit.styleId}/stores?colour=${encodeURIComponent(colour.name)}`)).json()) as Grid;
      const here = grid.stores.find((s) => s.code === "MAD01");
      const size = here?.cells.find((c) => c.available === 0 && grid.stores.some((s) => s.code !== "MAD01" && s.canShip && (s.cells.find((x) => x.size === c.size)?.available ?? 0) >= 2))?.size;
      if (size) return { styleId: hit.styleId, colour: colour.name, size };
    }
  }
  throw new Error("no size missing at MAD01 and available elsewhere");
}

async function associatesTable(page: Page) {
  await page.goto("/manage/dashboards/associates");
  return page.getByRole("table", { name: "Figures per associate" });
}

test("after activity on two tablets the MAD01 manager sees the lookup, the order and the capture, and exports what is on screen", async ({ browser }) => {
  test.setTimeout(240_000);
  const managerCtx = await browser.newContext();
  const manager = await managerCtx.newPage();
  await signInWithPassword(manager, DEMO.mad01.manager, DEMO.managerPassword);
  const shop = await tablet(browser, TABLET_STATE.mad01, DEMO.mad01.associates[0]!);
  const before = await figures(await associatesTable(manager), shop.name, true);
  const was = (k: string) => before[k] ?? 0;
  const stepsTable = async () => {
    await manager.goto("/manage/dashboards/flows");
    return manager.getByRole("table", { name: "Steps" });
  };
  const stepRow = async (flow: string, step: string) => {
    const table = await stepsTable();
    const headers = (await table.locator("thead th").allTextContents()).map(header);
    const row = table.locator("tbody tr").filter({ has: manager.getByRole("cell", { name: flow, exact: true }) }).filter({ has: manager.getByRole("cell", { name: step, exact: true }) });
    const cells = (await row.count()) ? await row.first().locator("td").allTextContents() : [];
    return Object.fromEntries(headers.map((h, i) => [h, Number((cells[i] ?? "").replace(/\D/g, "")) || 0]));
  };
  const askNameBefore = await stepRow("Welcome", "ask-name");

  // MAD01 tablet: a stock lookup (the stores grid), an order to home from another store, a captured customer.
  const page = shop.page;
  const gap = await findGap(page.request);
  const lookupSent = page.waitForResponse((r) => r.url().includes("/api/v1/usage/events") && r.request().method() === "POST");
  await page.goto(`/styles/${gap.styleId}?colour=${encodeURIComponent(gap.colour)}&size=${encodeURIComponent(gap.size)}`);
  await lookupSent;
  await page.getByRole("button", { name: "Order to home: best store" }).click();
  await page.getByRole("link", { name: "Open the order" }).click();
  await page.getByLabel("First name").fill("Alba");
  await page.getByLabel("Mobile").fill(uniquePhone());
  await page.getByLabel("Recipient's name").fill("Alba Martín");
  await page.getByLabel("Street and number").fill("Calle de Alcalá 20");
  await page.getByLabel("Postcode").fill("28014");
  await page.getByLabel("Town or city").fill("Madrid");
  await page.getByRole("button", { name: "Confirm order" }).click();
  await expect(page.getByTestId("order-number")).toContainText(/Order FW-/);
  await page.goto("/customers");
  await page.getByLabel("First name").fill("Irene");
  await page.getByLabel("Mobile").fill(uniquePhone());
  await page.getByRole("button", { name: "Save customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Irene" })).toBeVisible();

  // A conversation flow started, one step done, then dropped at the second step.
  const guide = page.getByRole("complementary", { name: "Conversation guide" });
  await guide.getByRole("button", { name: "Welcome", exact: true }).click();
  await guide.getByRole("button", { name: "Done" }).click();
  await expect(guide.getByTestId("flow-step-say")).toHaveText("May I ask your name?");
  await guide.getByRole("button", { name: "Stop this script" }).click();
  await expect(guide.getByRole("button", { name: "Welcome", exact: true })).toBeVisible();

  // MAD02 tablet: a capture that the MAD01 manager must not see.
  const other = await tablet(browser, TABLET_STATE.mad02, DEMO.mad02.associates[0]!);
  await other.page.goto("/customers");
  await other.page.getByLabel("First name").fill("Olga");
  await other.page.getByLabel("Mobile").fill(uniquePhone());
  await other.page.getByRole("button", { name: "Save customer" }).click();
  await expect(other.page.getByRole("heading", { level: 1, name: "Olga" })).toBeVisible();

  // The manager's per-associate view: the lookup, the order and the capture are counted; MAD02's associate is not there.
  const table = await associatesTable(manager);
  const after = await figures(table, shop.name);
  expect(after["Stock lookups"]).toBeGreaterThanOrEqual(was("Stock lookups") + 1);
  expect(after["Orders to home"]).toBeGreaterThanOrEqual(was("Orders to home") + 1);
  expect(after["Customers captured"]).toBeGreaterThanOrEqual(was("Customers captured") + 1);
  await expect(table.locator("tbody tr").filter({ hasText: other.name })).toHaveCount(0);

  // Sorted by a column, the CSV holds exactly the rows on screen, in that order.
  await table.getByRole("button", { name: "Orders to home" }).click();
  await expect(table.locator("th", { hasText: "Orders to home" })).toHaveAttribute("aria-sort", "descending");
  const headers = (await table.locator("thead th").allTextContents()).map(header);
  const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
  const downloading = manager.waitForEvent("download");
  await manager.getByRole("button", { name: "Download CSV: Figures per associate" }).click();
  const csv = readFileSync((await (await downloading).path())!, "utf8");
  expect(csv).toBe(tableCsv(headers, rows.map((cells, i) => ({ id: String(i), cells: cells.map((display) => ({ display, sort: null })) }))));
  expect(csv.trim().split("\r\n")).toHaveLength(rows.length + 1);

  // The flows screen: the Welcome run reached "ask-name" and dropped off there.
  const askName = await stepRow("Welcome", "ask-name");
  expect(askName.Reached).toBeGreaterThanOrEqual((askNameBefore.Reached ?? 0) + 1);
  expect(askName["Dropped off"]).toBeGreaterThanOrEqual((askNameBefore["Dropped off"] ?? 0) + 1);
  await expect(manager.getByTestId("figure").filter({ hasText: "Runs abandoned" })).toBeVisible();

  // Adoption shows minutes in use, per day and against the previous period.
  await manager.goto("/manage/dashboards");
  const inUse = manager.getByTestId("figure").filter({ hasText: "Minutes in use" });
  await expect(inUse).toContainText(/previous period/);
  expect(Number((await inUse.locator("p").nth(1).textContent())!.replace(/[^\d.]/g, ""))).toBeGreaterThan(0);
  await expect(manager.getByRole("table", { name: "Active per day" }).locator("thead")).toContainText("Minutes offline");

  // The outcomes screen: the funnel counts the lookup and the order; the order appears under its source store.
  await manager.getByRole("link", { name: "Outcomes" }).click();
  const funnel = manager.getByRole("table", { name: "Stock lookups and what came of them" });
  expect((await figures(funnel, "Stock lookups")).Count).toBeGreaterThanOrEqual(1);
  expect((await figures(funnel, "Orders to home")).Count).toBeGreaterThanOrEqual(1);
  await expect(manager.getByRole("table", { name: "Orders to home by source store" }).locator("tbody tr")).not.toHaveCount(0);
  await expect(manager.getByTestId("figure").filter({ hasText: "Customers captured" })).toContainText(/previous period/);

  // The associate sees their own figures, and only theirs.
  await page.getByRole("link", { name: "My figures" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My figures" })).toBeVisible();
  await expect(page.getByTestId("dashboard-scope")).toContainText("Your own figures");
  expect(Number((await page.getByTestId("figure").filter({ hasText: "Customers captured" }).locator("p").nth(1).textContent())!.replace(/\D/g, ""))).toBeGreaterThanOrEqual(1);
  await expectAccessible(page);
  expect((await page.goto("/manage/dashboards"))?.status()).toBe(403);

  await Promise.all([managerCtx.close(), shop.ctx.close(), other.ctx.close()]);
});

test("a MAD01 manager cannot open MAD02's figures; every dashboard screen passes axe", async ({ browser }) => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await signInWithPassword(page, DEMO.mad01.manager, DEMO.managerPassword);
  const { stores } = (await (await page.request.get("/api/v1/stores")).json()) as { stores: { id: number; code: string }[] };
  const mad02 = stores.find((s) => s.code === "MAD02")!.id;
  expect((await page.goto(`/manage/dashboards/outcomes?store=${mad02}`))?.status()).toBe(403);
  expect((await page.request.get(`/api/v1/dashboards/outcomes?store=${mad02}`)).status()).toBe(403);
  expect((await page.request.get("/api/v1/dashboards/outcomes?region=Madrid")).status()).toBe(403);

  await page.goto("/manage");
  await page.getByRole("link", { name: "Dashboards" }).click();
  await expect(page.getByTestId("dashboard-scope")).toContainText("MAD01");
  for (const [tab, path] of TABS) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: `Dashboards: ${tab}` })).toBeVisible();
    await expect(page.getByRole("link", { name: tab, exact: true })).toHaveAttribute("aria-current", "page");
    await expectAccessible(page);
  }
  // The period lives in the URL: a preset reloads the same view; a bad range keeps what was typed and says why.
  await page.getByRole("link", { name: "Last 30 days" }).click();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=/);
  await expect(page.getByRole("link", { name: "Last 30 days" })).toHaveAttribute("aria-current", "true");
  await page.goto("/manage/dashboards/outcomes?from=2026-03-10&to=2026-03-01");
  await expect(page.getByRole("alert").filter({ hasText: "end date" })).toContainText("The end date is before the start date");
  await expect(page.getByLabel("From")).toHaveValue("2026-03-10");
  await expectAccessible(page);
  await ctx.close();
});
