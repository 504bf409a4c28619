import "server-only";
import { and, eq, lt } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { flowRuns } from "@/lib/db/schema";
import { recordRunEffects } from "./run-usage";

/** Closes runs untouched since `olderThan` (the customer left), once each, recording flow_abandoned. */
export async function abandonStaleRuns(db: Db, olderThan: Date, now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    // The status check in the UPDATE makes a concurrent sweep or a late event close each run once.
    const closed = await tx
      .update(flowRuns)
      .set({ status: "abandoned", finishedAt: now, updatedAt: now })
      .where(and(eq(flowRuns.status, "active"), lt(flowRuns.updatedAt, olderThan)))
      .returning();
    for (const run of closed) await recordRunEffects(tx, run, [{ type: "abandoned", stepId: run.currentStep }], null, now);
    return closed.length;
  });
}
