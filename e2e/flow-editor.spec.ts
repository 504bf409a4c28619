import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, TABLET_STATE, expectAccessible, signInWithPassword, signInWithPin } from "./fixtures";

const OLD_SAY = "These go really well with what you've chosen. Would you like to see one?";

/** An associate on the MAD01 tablet, with the conversation guide open beside the home screen. */
async function associateOnTablet(browser: Browser, staffNumber: string): Promise<Page> {
  const context = await browser.newContext({ storageState: TABLET_STATE.mad01 });
  const page = await context.newPage();
  await signInWithPin(page, staffNumber);
  await expect(page.getByRole("complementary", { name: "Conversation guide" })).toBeVisible();
  return page;
}

async function startFlow(page: Page, name: string) {
  await page.getByRole("complementary", { name: "Conversation guide" }).getByRole("button", { name, exact: true }).click();
}

async function openAsManager(page: Page, flowName: string) {
  await signInWithPassword(page, DEMO.mad01.manager, DEMO.managerPassword);
  await page.goto("/manage");
  await page.getByRole("link", { name: "Conversation flows" }).click();
  await page.getByRole("link", { name: `Open ${flowName}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: flowName })).toBeVisible();
}

test("a manager's published edit reaches new runs, while a run already going keeps its version", async ({ page, browser }) => {
  const before = await associateOnTablet(browser, DEMO.mad01.associates[0]!);
  await startFlow(before, "Add-on at the close");
  // The seed's wording, or the last try's edit when Playwright retries on the same database.
  const say = before.getByTestId("flow-step-say");
  await expect(say).toHaveText(test.info().retry === 0 && test.info().repeatEachIndex === 0 ? OLD_SAY : /\S/);
  const oldSay = (await say.textContent())!;

  await openAsManager(page, "Add-on at the close");
  const newSay = `Have a look at these, they go with your choice (${Date.now() % 10_000}).`;
  const step1 = page.getByRole("region", { name: /^Step 1\b/ });
  await step1.getByLabel("What to say", { exact: true }).fill(newSay);
  await expect(step1.getByText(`${newSay.length} of 160 characters`)).toBeVisible();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText(/Published as version \d+\./)).toBeVisible();
  await expect(page.getByTestId("flow-version")).toHaveText(/Published version ([2-9]|\d{2,})\b/);

  const after = await associateOnTablet(browser, DEMO.mad01.associates[1]!);
  await startFlow(after, "Add-on at the close");
  await expect(after.getByTestId("flow-step-say")).toHaveText(newSay);

  await before.reload();
  await expect(before.getByTestId("flow-step-say")).toHaveText(oldSay);

  // Both runs count in the manager's funnel, each having reached the first step.
  await page.reload();
  const funnel = page.getByRole("region", { name: "How runs go" });
  await expect(funnel.getByRole("definition").first()).toHaveText(/^[2-9]\d*$/);
  await expect(funnel.getByRole("row", { name: /suggest/ })).toBeVisible();
  await expectAccessible(page);
  await before.context().close();
  await after.context().close();
});

test("an invalid flow cannot be published and the editor says why, keeping what was typed", async ({ page }) => {
  await signInWithPassword(page, DEMO.mad01.manager, DEMO.managerPassword);
  await page.goto("/manage/flows");
  const name = `Broken ${Date.now() % 100_000}`;
  await page.getByLabel("Name of the new flow").fill(name);
  await page.getByRole("button", { name: "Create and edit" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  // Step 1 leads to a new step 2, which is then deleted: step 1 now points nowhere.
  await page.getByRole("button", { name: "Add step" }).click();
  const step1 = page.getByRole("region", { name: /^Step 1\b/ });
  await step1.getByLabel("Then go to").selectOption("step-2");
  await page.getByRole("button", { name: "Remove step 2" }).click();
  await expect(page.getByRole("region", { name: /^Step 2\b/ })).toHaveCount(0);
  const pointsNowhere = `"step-1" goes next to "step-2", which is not a step.`;
  await expect(step1.getByText(pointsNowhere)).toBeVisible();

  const tooLong = "Hello and welcome, ".repeat(9).trim();
  await step1.getByLabel("What to say", { exact: true }).fill(tooLong);
  await expect(step1.getByText(`${tooLong.length} of 160 characters`)).toBeVisible();
  await expect(step1.getByText(/Text too long for the panel/)).toBeVisible();

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: /Not published: This flow cannot be published yet/ })).toBeVisible();
  await expect(page.getByTestId("flow-problems")).toContainText(pointsNowhere);
  await expect(page.getByTestId("flow-problems")).toContainText("Text too long for the panel");
  await expect(page.getByTestId("flow-version")).toHaveText("Not published yet");
  await expect(step1.getByLabel("What to say", { exact: true })).toHaveValue(tooLong);

  // The draft itself was saved: a reload shows the same words and the same problems.
  await page.reload();
  await expect(page.getByRole("region", { name: /^Step 1\b/ }).getByLabel("What to say", { exact: true })).toHaveValue(tooLong);
  await expect(page.getByTestId("flow-problems")).toContainText(pointsNowhere);
});

test("steps reorder by keyboard, the preview runs the draft, and list, editor and preview pass axe", async ({ page }) => {
  await openAsManager(page, "Welcome");
  await expectAccessible(page);

  const down = page.getByRole("button", { name: "Move step 1 down" });
  await down.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: /^Step 2\b/ })).toContainText("id: greet");
  // Focus follows the step, so pressing again keeps moving it.
  await expect(page.getByRole("button", { name: "Move step 2 down" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: /^Step 3\b/ })).toContainText("id: greet");
  await page.getByRole("button", { name: "Move step 3 up" }).click();
  await page.getByRole("button", { name: "Move step 2 up" }).click();
  await expect(page.getByRole("region", { name: /^Step 1\b/ })).toContainText("id: greet");

  await page.getByRole("button", { name: "Preview", exact: true }).click();
  const preview = page.getByTestId("flow-preview");
  await expect(preview.getByTestId("preview-say")).toContainText("Hello, welcome in!");
  await expectAccessible(page);
  await preview.getByRole("button", { name: "Done" }).click();
  await preview.getByLabel("Their name").fill("Lucía");
  await preview.getByRole("button", { name: "Answer" }).click();
  await expect(preview.getByTestId("preview-say")).toHaveText("Have you shopped with us before?");
  await expect(preview).toContainText("Lucía");
  await preview.getByRole("button", { name: "Yes", exact: true }).click();
  await expect(preview.getByTestId("preview-say")).toContainText("Let me look you up");
  await preview.getByRole("button", { name: "Pretend: Find the customer" }).click();
  await expect(preview).toContainText("The flow is finished.");

  await page.goto("/manage/flows");
  await expect(page.getByRole("link", { name: "Open Find it for them" })).toBeVisible();
  await expectAccessible(page);
});
