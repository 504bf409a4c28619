import { randomInt } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Demo sign-ins (see README): PIN 1234 for every associate; staff numbers 1001.. for MAD01, 1011.. for MAD02. */
export const DEMO = {
  pin: "1234",
  mad01: { associates: ["1001", "1002", "1003"], manager: "manager.mad01@demo.floorwalker.test" },
  mad02: { associates: ["1011", "1012", "1013"], manager: "manager.mad02@demo.floorwalker.test" },
  managerPassword: "manager-demo-1",
  admin: { email: "admin@demo.floorwalker.test", password: "admin-demo-1" },
};

/**
 * A Spanish mobile no demo customer has (the demo's are all +34 6…) and no other test is likely to draw: random, not
 * the clock, because two workers can read the same millisecond. Tests that need "a new customer" rely on this.
 */
export const uniquePhone = () => `7${String(randomInt(0, 100_000_000)).padStart(8, "0")}`;

/** `n` such numbers that also differ in their last four digits (a random block of them, so a retry picks another). */
export function uniquePhones(n: number): string[] {
  const head = String(randomInt(0, 10_000)).padStart(4, "0");
  const first = randomInt(0, 10_000 - n);
  return Array.from({ length: n }, (_, i) => `7${head}${String(first + i).padStart(4, "0")}`);
}

export const TABLET_STATE = { mad01: "e2e/.auth/mad01-tablet.json", mad02: "e2e/.auth/mad02-tablet.json" };

/** Every screen must pass axe with no violations (WCAG 2.1 A and AA rules). */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
  expect(summary, "axe violations").toEqual([]);
}

export async function signInWithPin(page: Page, staffNumber: string, pin = DEMO.pin) {
  await page.goto("/login");
  await page.getByLabel("Staff number").fill(staffNumber);
  await page.getByLabel("PIN", { exact: true }).fill(pin);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByTestId("current-associate")).toBeVisible();
}

export async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto("/login");
  const useEmail = page.getByRole("button", { name: /Sign in with email/ });
  if (await useEmail.isVisible()) await useEmail.click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByTestId("current-associate")).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/**
 * A keyboard-wedge scanner types a code a few milliseconds a key, faster than Playwright's CDP round trips
 * on a loaded machine; dispatching the key events from the page keeps that speed, as a real scanner does.
 */
export async function scanWithWedge(page: Page, code: string) {
  await page.locator("html[data-scanner=ready]").waitFor({ state: "attached" });
  await page.evaluate((digits) => {
    const target = document.activeElement ?? document.body;
    for (const key of [...digits.split(""), "Enter"]) {
      target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
      target.dispatchEvent(new KeyboardEvent("keyup", { key, bubbles: true }));
    }
  }, code);
}

/**
 * Units available now per store code for one colour and size. Other specs in the suite order and sell the demo's
 * story items, so screens are checked against the figures as they are now (the seeded ones are unit-tested).
 */
export async function availableNow(page: Page, styleId: number, colour: string, size: string): Promise<Map<string, number>> {
  const res = await page.request.get(`/api/v1/styles/${styleId}/stores?colour=${encodeURIComponent(colour)}&size=${size}&limit=1000`);
  const grid = (await res.json()) as { sizes: { size: string }[]; stores: { code: string; cells: { available: number }[] }[] };
  const i = grid.sizes.findIndex((z) => z.size === size);
  return new Map(grid.stores.map((st) => [st.code, st.cells[i]!.available]));
}

/** A style's id by its exact name, from the search API. */
export async function styleIdByName(page: Page, styleName: string): Promise<number> {
  const res = await page.request.get(`/api/v1/catalog/search?q=${encodeURIComponent(styleName)}`);
  const { hits } = (await res.json()) as { hits: { styleId: number; name: string }[] };
  return hits.find((h) => h.name === styleName)!.styleId;
}
