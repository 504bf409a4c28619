import { expect, test, type Page } from "@playwright/test";
import { DEMO_STORY } from "@/lib/db/seed/demo-story";
import { DEMO, TABLET_STATE, expectAccessible, signInWithPin, uniquePhone, uniquePhones } from "./fixtures";

test.use({ storageState: TABLET_STATE.mad01 });

/** Signed in and online once: the service worker is in control and the snapshot of MAD01 and its neighbours is saved. */
async function readyOnline(page: Page, staffNumber: string) {
  await signInWithPin(page, staffNumber);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.locator("html[data-snapshot=ready]").waitFor({ state: "attached", timeout: 60_000 });
  // The outbox remembers who is signed in and keeps the consent wording for offline capture.
  await page.waitForFunction(() => localStorage.getItem("fw:associate") && localStorage.getItem("fw:consent-texts"));
}

async function captureOffline(page: Page, c: { firstName: string; phone: string; consent?: boolean }) {
  const form = page.getByRole("region", { name: "Capture a customer offline" });
  await form.getByLabel("First name").fill(c.firstName);
  await form.getByLabel("Mobile").fill(c.phone);
  if (c.consent) await form.getByRole("checkbox").first().check();
  await form.getByRole("button", { name: "Save for sending" }).click();
  await expect(form.getByText(`${c.firstName} is saved and waiting to send.`)).toBeVisible();
}

/** The "Send from" option with the most units in the tablet's figures: earlier runs on the same database use up the nearest. */
const MOST_STOCK = "most stock";

async function orderOffline(page: Page, o: { colour: string; size: string; source: RegExp | typeof MOST_STOCK; customer: RegExp | { firstName: string; phone: string } }) {
  const form = page.getByRole("region", { name: "Order to home (provisional)" });
  await expect(form.getByText("Will be confirmed when back online; stock will be checked again.")).toBeVisible();
  await form.getByRole("searchbox", { name: "Find the item" }).fill("aria ankle");
  await form.getByRole("button", { name: `Choose ${DEMO_STORY.styleName}` }).click();
  await form.getByLabel("Colour").selectOption(o.colour);
  await form.getByLabel("Size").selectOption(o.size);
  const sources = await form.getByLabel("Send from").locator("option").allTextContents();
  const units = (label: string) => Number(/· (\d+) available/.exec(label)?.[1] ?? 0);
  const source = o.source === MOST_STOCK ? sources.reduce((best, l) => (units(l) > units(best) ? l : best)) : sources.find((l) => (o.source as RegExp).test(l))!;
  await form.getByLabel("Send from").selectOption({ label: source });
  if (o.customer instanceof RegExp) {
    const select = form.getByLabel("Customer", { exact: true });
    await select.selectOption({ label: (await select.locator("option").allTextContents()).find((l) => (o.customer as RegExp).test(l))! });
  } else {
    await form.getByLabel("First name").fill(o.customer.firstName);
    await form.getByLabel("Mobile").fill(o.customer.phone);
  }
  await form.getByLabel("Who receives it").fill("Lucía Ortega");
  await form.getByLabel("Street and number").fill("Calle de Alcalá 21");
  await form.getByLabel("Town or city").fill("Madrid");
  await form.getByLabel("Postcode").fill("28014");
  await form.getByRole("button", { name: "Keep order for sending" }).click();
  await expect(form.getByText("Order kept on this tablet: it will be placed when back online.")).toBeVisible();
}

const waiting = (page: Page) => page.getByTestId("outbox-waiting").first();

test("offline: capture a customer and order the Aria boot to home; after a reload both wait; online, each arrives exactly once", async ({ page, context }) => {
  test.setTimeout(180_000);
  const phone = uniquePhone();
  await readyOnline(page, DEMO.mad01.associates[0]!);

  await context.setOffline(true);
  await page.goto("/offline");
  await expect(page.getByRole("heading", { level: 1, name: "You are offline" })).toBeVisible();
  await captureOffline(page, { firstName: "Lucía", phone, consent: true });
  await orderOffline(page, { colour: DEMO_STORY.colour, size: DEMO_STORY.size, source: new RegExp(`\\(${DEMO_STORY.nearestSourceCode}\\)`), customer: /Lucía \(captured offline\)/ });
  await expect(waiting(page)).toHaveText("2 waiting to send");
  await expect(page.getByTestId("outbox-entry").filter({ hasText: "Order to home" })).toContainText("for Lucía");
  await expectAccessible(page);

  await page.reload();
  await expect(waiting(page)).toHaveText("2 waiting to send");
  await expect(page.getByTestId("outbox-entry").filter({ hasText: "Order to home" })).toContainText(`${DEMO_STORY.styleName} · ${DEMO_STORY.colour} · ${DEMO_STORY.size}`);

  await context.setOffline(false);
  await expect(waiting(page)).toHaveText("0 waiting to send", { timeout: 20_000 });
  const number = (await page.getByTestId("outbox-order-number").textContent())!.replace(/^Order (\S+) placed$/, "$1");
  expect(number).toMatch(/\S/);
  await expectAccessible(page);

  // Exactly one customer with this phone, and exactly one order for them: the number shown.
  const found = await (await page.request.get(`/api/v1/customers?q=${encodeURIComponent(phone)}`)).json();
  expect(found.hits).toHaveLength(1);
  const orders = await (await page.request.get(`/api/v1/orders?phone=${encodeURIComponent(phone)}`)).json();
  expect(orders.orders.map((o: { number: string }) => o.number)).toEqual([number]);
  await page.goto("/");
  await expect(page.getByTestId("outbox-count")).toHaveCount(0);
});

// How fast the queue drains is measured by `npm run bench:offline-drain` (target: 50 in 10 s), not here, where two
// workers share the machine; this test holds the behaviour: every queued capture arrives, each exactly once.
test("50 captures queued offline all arrive after reconnecting, each exactly once", async ({ page, context }) => {
  test.setTimeout(300_000);
  await readyOnline(page, DEMO.mad01.associates[1]!);
  await context.setOffline(true);
  await page.goto("/offline");
  // Fifty names this alike ("Queue7", "Queue17") are flagged as possible duplicates when two phones also end in the same
  // four digits, and rightly wait for the associate: the phones here end in 50 different ones.
  const phones = uniquePhones(50);
  for (const [i, phone] of phones.entries()) await captureOffline(page, { firstName: `Queue${i}`, phone });
  await expect(waiting(page)).toHaveText("50 waiting to send");
  await context.setOffline(false);
  await expect(waiting(page)).toHaveText("0 waiting to send", { timeout: 120_000 });
  for (const [i, phone] of phones.entries()) {
    const found = await (await page.request.get(`/api/v1/customers?q=${encodeURIComponent(phone)}`)).json();
    expect(found.hits.map((h: { firstName: string }) => h.firstName), phone).toEqual([`Queue${i}`]);
  }
});

test("the connection drops right after each order is sent: every run still creates exactly one order", async ({ page, context }) => {
  test.setTimeout(240_000);
  const RUNS = 3;
  await readyOnline(page, DEMO.mad01.associates[2]!);
  await page.goto("/offline");
  for (let run = 0; run < RUNS; run++) {
    const phone = uniquePhone();
    let dropped = 0;
    // Context routes see the service worker's requests too. The request reaches the server and is processed; the tablet never hears the answer.
    await context.route("**/api/v1/orders", async (route) => {
      if (route.request().method() !== "POST" || dropped++ > 0) return route.fallback();
      await route.fetch();
      await route.abort("connectionreset");
    });
    await orderOffline(page, { colour: DEMO_STORY.inStockColour, size: DEMO_STORY.size, source: MOST_STOCK, customer: { firstName: `Drop${run}`, phone } });
    // The count can still read 0 before the kept order is counted: first see the send whose answer is lost.
    await expect.poll(() => dropped, { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    await expect(waiting(page)).toHaveText("0 waiting to send", { timeout: 30_000 });
    await context.unrouteAll();
    expect(dropped).toBeGreaterThanOrEqual(2);
    const orders = await (await page.request.get(`/api/v1/orders?phone=${phone}`)).json();
    expect(orders.orders, `run ${run}`).toHaveLength(1);
  }
  console.log(`[outbox] ${RUNS} dropped-answer runs: ${RUNS} orders, 0 duplicates`);
});
