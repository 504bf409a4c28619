import { expect, test } from "@playwright/test";
import { DEMO_STORY } from "@/lib/db/seed/demo-story";
import { DEMO, TABLET_STATE, availableNow, expectAccessible, signInWithPin, styleIdByName } from "./fixtures";

test.use({ storageState: TABLET_STATE.mad01 });

test("offline, the tablet still finds the Aria boot and shows who has Black 38, with the figures' time", async ({ page, context }) => {
  test.setTimeout(120_000);
  await signInWithPin(page, DEMO.mad01.associates[0]!);
  // Online once: the service worker installs and the snapshot of MAD01 and its neighbours is saved.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.locator("html[data-snapshot=ready]").waitFor({ state: "attached", timeout: 60_000 });
  // Other specs order the story's boots: the tablet's copy must show what the server had when it was saved.
  const styleId = await styleIdByName(page, DEMO_STORY.styleName);
  const black = await availableNow(page, styleId, DEMO_STORY.colour, DEMO_STORY.size);
  const tan = await availableNow(page, styleId, DEMO_STORY.inStockColour, DEMO_STORY.size);

  await context.setOffline(true);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "You are offline" })).toBeVisible();
  const lookup = page.getByRole("region", { name: "Look up a product offline" });
  await lookup.getByRole("searchbox", { name: "Search the offline catalogue" }).fill("aria ankle");
  const first = lookup.getByRole("button", { name: new RegExp(DEMO_STORY.styleName) }).first();
  await expect(first).toBeVisible();
  await expect(lookup.getByText(/^Offline, figures as of \d\d:\d\d$/)).toBeVisible();
  await expectAccessible(page);

  await first.click();
  await expect(lookup.getByRole("heading", { name: DEMO_STORY.styleName })).toBeVisible();
  await expect(lookup.getByText(/^Offline, figures as of \d\d:\d\d$/)).toBeVisible();
  await lookup.getByRole("button", { name: DEMO_STORY.colour, exact: true }).first().click();
  const here = lookup.getByRole("table", { name: /in this store by colour and size/ });
  await expect(here.getByRole("cell", { name: `${DEMO_STORY.colour} size ${DEMO_STORY.size}: 0 available here` })).toBeVisible();
  await expect(here.getByRole("cell", { name: `${DEMO_STORY.inStockColour} size ${DEMO_STORY.size}: ${tan.get(DEMO_STORY.homeStoreCode)} available here` })).toBeVisible();

  const grid = lookup.getByRole("table", { name: new RegExp(`${DEMO_STORY.colour} by store and size`) });
  await expect(grid.getByRole("cell", { name: `${DEMO_STORY.homeStoreCode}, size ${DEMO_STORY.size}: 0 available` })).toBeVisible();
  for (const s of DEMO_STORY.sourceStores) {
    await expect(grid.getByRole("cell", { name: `${s.code}, size ${DEMO_STORY.size}: ${black.get(s.code)} available` })).toBeVisible();
  }
  // Nearest first: MAD02 (about 1 km) comes right after this store.
  const rows = grid.getByRole("rowheader");
  await expect(rows.nth(0)).toContainText(DEMO_STORY.homeStoreCode);
  await expect(rows.nth(1)).toContainText(DEMO_STORY.nearestSourceCode);
  await expect(rows.nth(1)).toContainText(/Open now|Closed now/);
  await expectAccessible(page);

  // Keyboard: back to the results without a pointer.
  await lookup.getByRole("button", { name: "Back to results" }).focus();
  await page.keyboard.press("Enter");
  await expect(lookup.getByRole("searchbox", { name: "Search the offline catalogue" })).toBeVisible();
  await context.setOffline(false);
});
