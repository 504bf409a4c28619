import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import { seedDemo } from "@/lib/env";
import { demoCredentials } from "./demo-credentials";
import { loadChain, type LoadResult } from "./load-chain";
import { DEMO_SCALE } from "./params";
import { isSeeded } from "./seed-state";

export { loadChain } from "./load-chain";
export { DEMO_SCALE, TEST_SCALE } from "./params";

// Any fixed 64-bit number will do; it only has to be the same in every instance of the app.
const SEED_LOCK = 4_646_572_617_001;

/**
 * First start: fill an empty database with the demo chain. The advisory lock makes a second
 * instance starting at the same moment wait, then find the stores there and do nothing; the whole
 * load is one transaction, so a crash mid-way leaves the database empty rather than half-seeded.
 */
export async function ensureSeeded(db: Db): Promise<void> {
  if (!seedDemo()) return;
  const result = await db.transaction(async (tx): Promise<LoadResult | null> => {
    await tx.execute(sql.raw(`SELECT pg_advisory_xact_lock(${SEED_LOCK})`));
    if (await isSeeded(tx)) return null;
    return loadChain(tx, DEMO_SCALE);
  });
  if (result) {
    announce(result);
    // Suggestions need their item-to-item tables; build them once over the demo history.
    const { buildRecommendations } = await import("@/lib/domain/recommendations/build-recommendations");
    const started = performance.now();
    await buildRecommendations(db);
    logger().info({ ms: Math.round(performance.now() - started) }, "recommendations built");
    // A few weeks of tablet use for the dashboards to show; its flow runs need the shipped flows installed first.
    const { ensureShippedFlows } = await import("@/lib/domain/flows/ensure-shipped-flows");
    const { loadDemoActivity } = await import("./load-demo-activity");
    const t = performance.now();
    await ensureShippedFlows(db);
    const activity = await loadDemoActivity(db, result.params);
    logger().info({ ...activity, ms: Math.round(performance.now() - t) }, "demo tablet activity loaded");
  }
}

function announce(result: LoadResult): void {
  const { counts, timingsMs, params } = result;
  logger().info({ counts, timingsMs, asOf: params.asOf.toISOString() }, "demo chain seeded");
  const c = demoCredentials(params.seed, params.associatesPerStore);
  // Printed for people trying the demo; these are public demo secrets, not real ones.
  console.log(
    [
      "",
      "Floorwalker demo chain ready. Demo sign-ins:",
      `  Associates at ${c.storeCode} (PIN ${c.associates[0]?.pin ?? ""}): ${c.associates.map((a) => `${a.staffNumber} ${a.name}`).join(", ")}`,
      `  Manager at ${c.storeCode}: ${c.manager.email} / ${c.manager.password}`,
      `  Admin: ${c.admin.email} / ${c.admin.password}`,
      `  Integration API token: ${c.apiToken}`,
      "",
    ].join("\n"),
  );
}
