// First-load JavaScript per route, gzipped, from the production build's route stats. Fails `npm test` when a
// route goes over the budget: an associate opens these screens on store Wi-Fi with a customer waiting.
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const BUDGET_BYTES = 170 * 1000;
const STATS = ".next/diagnostics/route-bundle-stats.json";

if (!existsSync(STATS)) {
  console.error(`${STATS} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const routes = JSON.parse(readFileSync(STATS, "utf8"));
const gzipped = new Map();
const sizeOf = (path) => {
  if (!gzipped.has(path)) gzipped.set(path, gzipSync(readFileSync(path)).length);
  return gzipped.get(path);
};

const rows = routes
  .map((r) => ({ route: r.route, bytes: r.firstLoadChunkPaths.reduce((sum, p) => sum + sizeOf(p), 0) }))
  .sort((a, b) => b.bytes - a.bytes);
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
for (const r of rows) console.log(`${r.bytes > BUDGET_BYTES ? "✗" : " "} ${kb(r.bytes).padStart(9)}  ${r.route}`);
const over = rows.filter((r) => r.bytes > BUDGET_BYTES);
if (over.length) {
  console.error(`\n${over.length} route(s) over the first-load budget of ${kb(BUDGET_BYTES)} gzipped.`);
  process.exit(1);
}
console.log(`\nEvery route's first-load JavaScript is within ${kb(BUDGET_BYTES)} gzipped (largest ${kb(rows[0]?.bytes ?? 0)}).`);
