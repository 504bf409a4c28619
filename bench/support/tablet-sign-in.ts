import type { Page } from "@playwright/test";
import { DEMO_CREDENTIALS } from "@/lib/db/seed/demo-credentials";

/** As on a store's new tablet: the manager registers it and signs out, then the first associate signs in with the PIN. */
export async function registerTabletAndSignIn(page: Page, tabletName: string): Promise<void> {
  const cred = DEMO_CREDENTIALS;
  await page.goto("/login");
  const useEmail = page.getByRole("button", { name: /Sign in with email/ });
  if (await useEmail.isVisible()) await useEmail.click();
  await page.getByLabel("Email").fill(cred.manager.email);
  await page.getByLabel("Password").fill(cred.manager.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByTestId("current-associate").waitFor();
  await page.goto("/manage");
  await page.getByLabel("Tablet name").fill(tabletName);
  await page.getByRole("button", { name: "Register this tablet" }).click();
  await page.getByText(/Registered as/).waitFor();
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/login/);
  const associate = cred.associates[0]!;
  await page.goto("/login");
  await page.getByLabel("Staff number").fill(associate.staffNumber);
  await page.getByLabel("PIN", { exact: true }).fill(associate.pin);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByTestId("current-associate").waitFor();
}
