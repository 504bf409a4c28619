import { expect, test } from "@playwright/test";
import { DEMO, TABLET_STATE, expectAccessible, signInWithPin, uniquePhone } from "./fixtures";

test.use({ storageState: TABLET_STATE.mad01 });

// The Wi-Fi drops while the associate is on an ONLINE screen: what they do goes to the outbox, not into an error.
test("a note and a consent decision made when the network drops are kept, then recorded once it is back", async ({ page, context }) => {
  await signInWithPin(page, DEMO.mad01.associates[2]!);
  await page.goto("/customers");
  await page.getByLabel("First name").fill("Lucía");
  await page.getByLabel("Last name (optional)").fill(`Red${Date.now().toString(36)}`);
  await page.getByLabel("Mobile").fill(uniquePhone());
  await page.getByRole("button", { name: "Save customer" }).click();
  await expect(page.getByTestId("consent-marketing_sms")).toContainText("Not agreed");
  // The service worker serves this page (its precache holds the code loaded on demand), and the outbox knows who is
  // signed in on this tablet once the top bar has loaded it.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  await page.waitForFunction(() => window.localStorage.getItem("fw:associate") !== null);

  await context.setOffline(true);
  await page.getByLabel("New note").fill("Wants the Aria in tan, size 38, when it arrives");
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByText("the note is kept on this tablet")).toBeVisible();
  await page.getByTestId("consent-marketing_sms").getByRole("button", { name: "Customer agrees" }).click();
  await expect(page.getByText("the customer's choice is kept on this tablet")).toBeVisible();
  await expect(page.getByTestId("outbox-count")).toContainText("2 waiting to send");
  await expectAccessible(page);

  await context.setOffline(false);
  await expect(page.getByTestId("outbox-count")).toHaveCount(0, { timeout: 30_000 });
  await page.reload();
  await expect(page.getByText("Wants the Aria in tan, size 38, when it arrives")).toHaveCount(1);
  await expect(page.getByTestId("consent-marketing_sms")).toContainText("Agreed");
});
