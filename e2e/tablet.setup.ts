import { mkdirSync } from "node:fs";
import { expect, test as setup } from "@playwright/test";
import { DEMO, TABLET_STATE, signInWithPassword, signOut } from "./fixtures";

// Each store's manager registers one tablet; the saved state holds only the device cookie (signed out),
// so specs start as a registered tablet with nobody signed in.
for (const [store, state] of Object.entries(TABLET_STATE) as [keyof typeof TABLET_STATE, string][]) {
  setup(`register the ${store.toUpperCase()} tablet`, async ({ page }) => {
    mkdirSync("e2e/.auth", { recursive: true });
    await signInWithPassword(page, DEMO[store].manager, DEMO.managerPassword);
    await page.goto("/manage");
    await page.getByLabel("Tablet name").fill(`E2E ${store.toUpperCase()} tablet`);
    await page.getByRole("button", { name: "Register this tablet" }).click();
    await expect(page.getByText(/Registered as/)).toBeVisible();
    await signOut(page);
    await page.context().storageState({ path: state });
  });
}
