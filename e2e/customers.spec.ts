import { expect, test } from "@playwright/test";
import { DEMO, TABLET_STATE, expectAccessible, signInWithPassword, signInWithPin, uniquePhone } from "./fixtures";

test.use({ storageState: TABLET_STATE.mad01 });


test("capture a customer in seconds, then find them by phone from another store's tablet", async ({ page, browser }) => {
  await signInWithPin(page, DEMO.mad01.associates[0]!);
  await page.goto("/customers");
  await expectAccessible(page);
  const phone = uniquePhone();
  await page.getByLabel("First name").fill("Inés");
  await page.getByLabel("Last name (optional)").fill("Álvarez");
  await page.getByLabel("Mobile").fill(phone);
  await page.getByLabel(/marketing emails|by email/i).first().check();
  await page.getByRole("button", { name: "Save customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inés Álvarez" })).toBeVisible();
  await expectAccessible(page);

  const other = await browser.newContext({ storageState: TABLET_STATE.mad02 });
  const p2 = await other.newPage();
  await signInWithPin(p2, DEMO.mad02.associates[1]!);
  await p2.goto("/customers");
  await p2.getByLabel("Phone, email or name").fill(`+34 ${phone}`);
  await p2.getByRole("link", { name: /Inés Álvarez/ }).click();
  await expect(p2.getByRole("heading", { level: 1, name: "Inés Álvarez" })).toBeVisible();
  await other.close();
});

test("a withdrawn consent shows as withdrawn", async ({ page }) => {
  await signInWithPin(page, DEMO.mad01.associates[1]!);
  await page.goto("/customers");
  await page.getByLabel("First name").fill("Carmen");
  await page.getByLabel("Mobile").fill(uniquePhone());
  await page.getByRole("button", { name: "Save customer" }).click();
  const sms = page.getByTestId("consent-marketing_sms");
  await expect(sms).toContainText("Not agreed");
  await sms.getByRole("button", { name: "Customer agrees" }).click();
  await expect(sms).toContainText("Agreed");
  await sms.getByRole("button", { name: "Withdraw" }).click();
  await expect(sms).toContainText("Withdrawn");
});

test("customer mode hides the associate's tools until the PIN is entered", async ({ page }) => {
  await signInWithPin(page, DEMO.mad01.associates[2]!);
  await page.goto("/customers");
  await page.getByRole("link", { name: "Customer mode" }).click();
  await expect(page.getByRole("heading", { name: "Welcome" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Switch associate" })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: "Search products" })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByLabel("First name").fill("Rosa");
  await page.getByRole("textbox", { name: "Email" }).fill(`rosa.${Date.now()}@example.com`);
  await page.getByRole("button", { name: "Save customer" }).click();
  await expect(page.getByText("Please hand the tablet back")).toBeVisible();
  await page.getByRole("button", { name: "Staff: hand back" }).click();
  await page.getByLabel("Associate PIN").fill("0000");
  await page.getByRole("button", { name: "Unlock" }).click();
  await expect(page.getByText("That PIN is not right.")).toBeVisible();
  await page.getByLabel("Associate PIN").fill(DEMO.pin);
  await page.getByRole("button", { name: "Unlock" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Rosa/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Switch associate" })).toBeVisible();
});

test("bad input gets field errors and nothing typed is lost", async ({ page }) => {
  await signInWithPin(page, DEMO.mad01.associates[0]!);
  await page.goto("/customers");
  await page.getByLabel("First name").fill("Tomás");
  await page.getByLabel("Mobile").fill("12345");
  await page.getByRole("textbox", { name: "Email" }).fill("not-an-email");
  await page.getByRole("button", { name: "Save customer" }).click();
  await expect(page.getByText("Enter a mobile number like 612 345 678 or +34 612 345 678")).toBeVisible();
  await expect(page.getByText("That email address is not valid")).toBeVisible();
  await expect(page.getByLabel("First name")).toHaveValue("Tomás");
  await page.getByLabel("Mobile").fill(uniquePhone());
  await page.getByRole("textbox", { name: "Email" }).fill("");
  await page.getByRole("button", { name: "Save customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Tomás/ })).toBeVisible();

  const note = page.getByLabel("New note");
  await note.fill("x".repeat(5000));
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByText("Keep the note under 2,000 characters.")).toBeVisible();
  await expect(note).toHaveValue("x".repeat(5000));
  await note.fill("<script>alert(1)</script> size 38, likes wide fit");
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByText("<script>alert(1)</script> size 38, likes wide fit")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add to profile" })).toBeVisible();
  await page.getByRole("button", { name: "Add to profile" }).click();
  await expect(page.getByLabel("Shoe size")).toHaveValue("38");

  const unknownPurpose = await page.request.post("/api/v1/customers/00000000-0000-4000-8000-000000000000/consents", { data: { purpose: "telepathy", decision: "granted" } });
  expect(unknownPurpose.status()).toBe(422);
});

test("the customer's known size pre-selects the stores grid", async ({ page }) => {
  await signInWithPin(page, DEMO.mad01.associates[1]!);
  await page.goto("/customers");
  await page.getByLabel("First name").fill("Elena");
  await page.getByLabel("Mobile").fill(uniquePhone());
  await page.getByLabel("Shoe size").fill("38");
  await page.getByRole("button", { name: "Save customer" }).click();
  await page.getByRole("button", { name: "Use for the order" }).click();
  await expect(page).toHaveURL(/\/order$/);
  await page.getByRole("combobox", { name: "Search products" }).fill("FW-AB-0001");
  await page.getByRole("option").first().click();
  await expect(page.getByLabel("Customer's size")).toHaveValue("38");
  await expect(page.getByText("Elena wears 38")).toBeVisible();
});

test("a manager merges two records of the same customer chosen from the client book", async ({ page }) => {
  await signInWithPassword(page, DEMO.mad01.manager, DEMO.managerPassword);
  const surname = `Merge${Date.now().toString(36)}`;
  for (const [first, phone] of [["Rocío", uniquePhone()], ["Rocio", uniquePhone()]] as const) {
    const res = await page.request.post("/api/v1/customers", { data: { clientId: crypto.randomUUID(), firstName: first, lastName: surname, phone, confirmNotDuplicate: true } });
    expect(((await res.json()) as { status: string }).status).toBe("created");
  }
  await page.goto(`/manage/customers?q=${surname}`);
  await expect(page.getByRole("link", { name: new RegExp(surname) })).toHaveCount(2);
  await expectAccessible(page);
  // Chosen by name: the search is fuzzy, so an earlier try's "Merge…" customers can be listed too.
  const pick = async (label: string, name: string) => {
    const select = page.getByLabel(label);
    await select.selectOption((await select.locator("option", { hasText: name }).getAttribute("value"))!);
  };
  await pick("Customer who stays", `Rocío ${surname}`);
  await pick("Duplicate to merge into them", `Rocio ${surname}`);
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(page.getByText(/Merged: \d+ records moved/)).toBeVisible();
  await page.goto(`/manage/customers?q=${surname}`);
  await expect(page.getByRole("link", { name: new RegExp(surname) })).toHaveCount(1);
});
