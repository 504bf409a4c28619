// `npm test`: typecheck, lint, unit and integration tests, production build, end-to-end tests. Stops at the first failure.
import { spawnSync } from "node:child_process";
import { ensureChromium } from "./ensure-chromium.mjs";

const steps = [
  ["Typecheck", "npx", ["tsc", "--noEmit"]],
  ["Lint", "npx", ["eslint", "--max-warnings", "0", "."]],
  ["Unit and integration tests (Vitest)", "npx", ["vitest", "run"]],
  ["Production build", "npm", ["run", "build"]],
  ["Bundle size (first-load JavaScript per route)", "node", ["scripts/check-bundle-size.mjs"]],
  ["End-to-end tests (Playwright, Chromium)", "npx", ["playwright", "test"]],
];

const only = process.env.TEST_STEPS?.split(",");
ensureChromium();
for (const [name, cmd, args] of steps) {
  if (only && !only.some((o) => name.toLowerCase().startsWith(o.toLowerCase()))) continue;
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const res = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (res.status !== 0) {
    console.error(`\n✗ ${name} failed (${secs} s)`);
    process.exit(res.status ?? 1);
  }
  console.log(`✓ ${name} (${secs} s)`);
}
console.log("\nAll checks passed.");
