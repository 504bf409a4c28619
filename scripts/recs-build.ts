import "server-only";
/**
 * Builds the recommendation tables in the configured database (DATABASE_URL, else PGLITE_DIR or .data/pglite).
 *   npm run recs:build            adds sales newer than the last build (incremental; a no-op when nothing is new)
 *   npm run recs:build -- --full  recounts everything from the first sale
 * On PGlite, stop the app first: two processes must never open one PGlite directory.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "@/lib/db/client";
import { buildRecommendations } from "@/lib/domain/recommendations/build-recommendations";
import { env } from "@/lib/env";

const { values } = parseArgs({ options: { full: { type: "boolean", default: false }, help: { type: "boolean", default: false } } });
if (values.help) {
  console.log("npm run recs:build [-- --full]");
  process.exit(0);
}

const e = env();
const pgliteDir = e.PGLITE_DIR === "memory" ? "memory://" : path.resolve(e.PGLITE_DIR ?? path.join(e.DATA_DIR, "pglite"));
const url = e.DATABASE_URL ? new URL(e.DATABASE_URL) : undefined;
// Never print the password part of the URL.
const where = url ? `${url.host}${url.pathname}` : pgliteDir;

const handle = await openDatabase(url ? { url: url.toString(), poolSize: 2 } : { pgliteDir });
try {
  const r = await buildRecommendations(handle.db, { full: values.full });
  const rss = Math.round(process.memoryUsage().rss / 1e6);
  console.log(
    `recommendations ${r.mode} in ${where}: ${r.sales.toLocaleString("en")} sales (${r.lines.toLocaleString("en")} lines) counted, ` +
      `${r.restyled.toLocaleString("en")} styles re-ranked (${r.coRows.toLocaleString("en")} co-purchase rows), ` +
      `${r.similarRebuilt ? `${r.similarRows.toLocaleString("en")} similar rows rebuilt` : "similar lists unchanged"}, watermark line ${r.watermark}, ` +
      `${(r.ms / 1000).toFixed(1)} s, RSS ${rss} MB`,
  );
} finally {
  await handle.close();
}
