// Lighthouse with its default mobile settings (simulated slow 4G, 4x CPU slowdown) on the home, style and
// customer screens of the production build, signed in as an associate on a registered tablet, plus Chromium's
// own installability check of the manifest and service worker. Prints the scores; run after `npm run build`:
//   npm run bench:lighthouse            (starts its own server on the demo data, port 3250)
//   BASE_URL=http://localhost:3000 npm run bench:lighthouse   (uses a running server)
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
const DEMO = { manager: "manager.mad01@demo.floorwalker.test", managerPassword: "manager-demo-1", staff: "1001", pin: "1234" };
const RUNS = Number(process.env.RUNS ?? 3);

async function startServer() {
  if (process.env.BASE_URL) return { base: process.env.BASE_URL, stop: () => {} };
  const port = "3250";
  const child = spawn(process.execPath, ["scripts/e2e-server.mjs"], { env: { ...process.env, E2E_PORT: port, E2E_DATA_DIR: ".data-lighthouse" }, stdio: "ignore" });
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, stop: () => child.kill("SIGTERM") };
    } catch {}
    await new Promise((r) => setTimeout(r, 1000));
  }
  child.kill("SIGTERM");
  throw new Error("the server did not start");
}

/** A manager registers the tablet, then the associate signs in with the PIN: the session a shop floor has. */
async function signIn(base) {
  // A persistent profile, as on a tablet: Chromium never offers to install an app in an incognito-like context.
  const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), "fw-lh-")), { executablePath: CHROMIUM, args: FLAGS, baseURL: base, viewport: { width: 1180, height: 820 } });
  const browser = { close: () => context.close() };
  const page = context.pages()[0] ?? (await context.newPage());
  const login = async () => {
    await page.goto("/login");
    const useEmail = page.getByRole("button", { name: /Sign in with email/ });
    if (await useEmail.isVisible()) await useEmail.click();
  };
  await login();
  await page.getByLabel("Email").fill(DEMO.manager);
  await page.getByLabel("Password").fill(DEMO.managerPassword);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByTestId("current-associate").waitFor();
  // A customer of the store's client book to open later as the associate (the book is a manager's list).
  const book = await (await context.request.get("/api/v1/client-book")).json();
  const customerId = book.rows?.[0]?.id;
  await page.goto("/manage");
  await page.getByLabel("Tablet name").fill("Lighthouse tablet");
  await page.getByRole("button", { name: "Register this tablet" }).click();
  await page.getByText(/Registered as/).waitFor();
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/login/);
  await page.getByLabel("Staff number").fill(DEMO.staff);
  await page.getByLabel("PIN", { exact: true }).fill(DEMO.pin);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByTestId("current-associate").waitFor();
  return { browser, context, page, customerId };
}

async function installability(page) {
  await page.goto("/");
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.reload();
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  const manifest = await cdp.send("Page.getAppManifest");
  return { errors: installabilityErrors.map((e) => e.errorId), manifestErrors: manifest.errors.map((e) => e.message) };
}

async function pickUrls(context, customerId) {
  const search = await (await context.request.get("/api/v1/catalog/search?q=aria%20ankle%20boot")).json();
  const styleId = search.hits?.[0]?.styleId;
  if (!styleId || !customerId) throw new Error(`could not find a style (${styleId}) and a customer (${customerId}) to audit`);
  return { home: "/", style: `/styles/${styleId}`, customer: `/customers/${customerId}` };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await startServer();
let chrome;
let browser;
try {
  const session = await signIn(server.base);
  browser = session.browser;
  const install = await installability(session.page);
  const urls = await pickUrls(session.context, session.customerId);
  const cookie = (await session.context.cookies(server.base)).map((c) => `${c.name}=${c.value}`).join("; ");

  chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ["--headless=new", ...FLAGS] });
  const rows = [];
  for (const [name, path] of Object.entries(urls)) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${server.base}${path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices"],
        extraHeaders: { Cookie: cookie },
      });
      const { categories, audits, finalDisplayedUrl } = result.lhr;
      if (!finalDisplayedUrl.includes(path)) throw new Error(`${name}: landed on ${finalDisplayedUrl}, not ${path} (signed out?)`);
      runs.push({
        performance: Math.round(categories.performance.score * 100),
        accessibility: Math.round(categories.accessibility.score * 100),
        bestPractices: Math.round(categories["best-practices"].score * 100),
        fcp: audits["first-contentful-paint"].numericValue,
        lcp: audits["largest-contentful-paint"].numericValue,
        tbt: audits["total-blocking-time"].numericValue,
        cls: audits["cumulative-layout-shift"].numericValue,
      });
    }
    const pick = (k) => median(runs.map((r) => r[k]));
    rows.push({ screen: name, path, performance: pick("performance"), all: runs.map((r) => r.performance).join(", "), accessibility: pick("accessibility"), bestPractices: pick("bestPractices"), fcpMs: Math.round(pick("fcp")), lcpMs: Math.round(pick("lcp")), tbtMs: Math.round(pick("tbt")), cls: Number(pick("cls").toFixed(3)) });
  }

  console.log(`\nLighthouse ${lighthouse.version ?? ""} mobile (simulated), median of ${RUNS} runs per screen, ${server.base}`);
  console.table(rows);
  console.log(`Installable (Chromium's installability check): ${install.errors.length === 0 ? "yes" : `no: ${install.errors.join(", ")}`}`);
  if (install.manifestErrors.length) console.log(`Manifest errors: ${install.manifestErrors.join("; ")}`);
  const weak = rows.filter((r) => r.performance < 90);
  console.log(weak.length ? `Below the performance target of 90: ${weak.map((r) => r.screen).join(", ")}` : "Every screen meets performance >= 90.");
} finally {
  await chrome?.kill();
  await browser?.close();
  server.stop();
}
