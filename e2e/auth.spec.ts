import { randomInt } from "node:crypto";
import { expect, test } from "@playwright/test";
import { DEMO, TABLET_STATE, expectAccessible, signInWithPassword, signInWithPin, signOut } from "./fixtures";

test.describe("on a registered MAD01 tablet", () => {
  test.use({ storageState: TABLET_STATE.mad01 });

  test("an associate signs in by tapping their name and entering the PIN, switches, and signs out", async ({ page }) => {
    await page.goto("/login");
    await expectAccessible(page);
    await page.getByRole("button", { name: /No\. 1001/ }).click();
    for (const d of DEMO.pin) await page.getByRole("group", { name: "PIN keypad" }).getByRole("button", { name: d, exact: true }).click();
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/$/);
    const first = (await page.getByTestId("current-associate").textContent())!.trim();
    await expectAccessible(page);

    // Switch keeps the screen: the URL does not change, only the person.
    const urlBefore = page.url();
    await page.getByRole("button", { name: "Switch associate" }).click();
    const dialog = page.getByRole("dialog", { name: "Switch associate" });
    await expectAccessible(page);
    await dialog.getByRole("button", { name: /No\. 1002/ }).click();
    await dialog.getByLabel("PIN", { exact: true }).fill(DEMO.pin);
    await dialog.getByRole("button", { name: "Switch", exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId("current-associate")).not.toHaveText(first);
    expect(page.url()).toBe(urlBefore);

    await signOut(page);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });

  test("a wrong PIN says so and keeps the staff number", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Staff number").fill("1003");
    await page.getByLabel("PIN", { exact: true }).fill("9999");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toBeVisible();
    await expect(page.getByLabel("Staff number")).toHaveValue("1003");
  });

  test("an associate cannot open manager pages or another store's data", async ({ page }) => {
    await signInWithPin(page, DEMO.mad01.associates[0]!);
    const res = await page.goto("/manage");
    expect(res?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Not available to you" })).toBeVisible();
    await expectAccessible(page);

    const stores = (await (await page.request.get("/api/v1/stores")).json()) as { stores: { id: number; code: string }[] };
    const other = stores.stores.find((s) => s.code === "MAD02")!;
    const own = stores.stores.find((s) => s.code === "MAD01")!;
    for (const id of [other.id, own.id]) {
      const r = await page.request.get(`/api/v1/stores/${id}/staff`);
      expect(r.status()).toBe(403);
      expect((await r.json()).error.code).toBe("forbidden");
    }
  });
});

test.describe("managers and admins", () => {
  test("a manager signs in with email and sees only their own store's staff", async ({ page }) => {
    await signInWithPassword(page, DEMO.mad01.manager, DEMO.managerPassword);
    await page.goto("/manage");
    await expect(page.getByRole("heading", { name: "Manage" })).toBeVisible();
    await expectAccessible(page);
    const stores = (await (await page.request.get("/api/v1/stores")).json()) as { stores: { id: number; code: string }[] };
    const own = stores.stores.find((s) => s.code === "MAD01")!;
    const other = stores.stores.find((s) => s.code === "MAD02")!;
    expect((await page.request.get(`/api/v1/stores/${own.id}/staff`)).status()).toBe(200);
    expect((await page.request.get(`/api/v1/stores/${other.id}/staff`)).status()).toBe(403);
  });

  test("a disabled associate is signed out on their next request", async ({ browser }) => {
    const tablet = await browser.newContext({ storageState: TABLET_STATE.mad02 });
    const associate = await tablet.newPage();
    await signInWithPin(associate, DEMO.mad02.associates[2]!);
    const name = (await associate.getByTestId("current-associate").textContent())!.trim();

    const office = await browser.newContext();
    const admin = await office.newPage();
    await signInWithPassword(admin, DEMO.admin.email, DEMO.admin.password);
    await admin.goto("/manage");
    const row = admin.getByRole("row", { name: new RegExp(name) });
    await row.getByRole("button", { name: "Disable" }).click();
    await expect(row.getByRole("button", { name: "Enable" })).toBeVisible();

    await associate.reload();
    await expect(associate).toHaveURL(/\/login/);
    expect((await associate.request.get("/api/v1/me")).status()).toBe(401);

    // Put the demo back as it was.
    await row.getByRole("button", { name: "Enable" }).click();
    await expect(row.getByRole("button", { name: "Disable" })).toBeVisible();
    await tablet.close();
    await office.close();
  });

  test("sign-in is throttled with 429 and Retry-After after five failures, even for unknown accounts", async ({ request }) => {
    const ip = `203.0.113.${randomInt(1, 255)}`;
    const csrf = async () => ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
    const attempt = async (email: string) =>
      request.post("/api/auth/callback/password", {
        form: { email, password: "not-the-password", csrfToken: await csrf(), json: "true" },
        headers: { "x-forwarded-for": ip },
        maxRedirects: 0,
      });
    // Throttles outlive a test: a retry on the same database comes from another address, for another pair of accounts.
    for (const email of [`nobody-${randomInt(1e9)}@demo.floorwalker.test`, test.info().retry + test.info().repeatEachIndex === 0 ? DEMO.mad02.manager : "manager.bcn01@demo.floorwalker.test"]) {
      for (let i = 0; i < 5; i++) expect((await attempt(email)).status()).not.toBe(429);
      const res = await attempt(email);
      expect(res.status()).toBe(429);
      expect(Number(res.headers()["retry-after"])).toBeGreaterThan(0);
      const body = await res.json();
      expect(body.error.code).toBe("rate_limited");
      expect(body.error.message).toMatch(/Too many sign-in attempts/);
    }
  });

  test("the not-found page helps the user continue", async ({ page }) => {
    await signInWithPassword(page, DEMO.admin.email, DEMO.admin.password);
    const res = await page.goto("/no-such-page");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("link", { name: "Back to home" })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("the public API", () => {
  test("serves an OpenAPI 3.1 document and answers errors in one shape", async ({ request }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/api/v1/usage/events");
    const unauth = await request.get("/api/v1/me");
    expect(unauth.status()).toBe(401);
    expect((await unauth.json()).error.code).toBe("unauthenticated");
    const badToken = await request.get("/api/v1/me", { headers: { authorization: "Bearer nope" } });
    expect(badToken.status()).toBe(401);
  });
});
