import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { flowVersions, flows } from "@/lib/db/schema";
import { SHIPPED_FLOWS } from "./shipped-flows";

const LOCK = 4_646_572_617_101;

/** Installs the shipped flows as published version 1 when the chain has no flows yet. Safe to run concurrently. */
export async function ensureShippedFlows(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    // Two processes starting together take turns here; the second then sees the flows and does nothing.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${LOCK})`);
    const [{ n } = { n: 0 }] = await tx.select({ n: sql<number>`count(*)::int` }).from(flows);
    if (n > 0) return 0;
    let inserted = 0;
    for (const f of SHIPPED_FLOWS) {
      const [row] = await tx
        .insert(flows)
        .values({ slug: f.slug, name: f.name, status: "published", draft: f.document, currentVersion: 1 })
        .onConflictDoNothing({ target: flows.slug })
        .returning({ id: flows.id });
      if (!row) continue;
      await tx.insert(flowVersions).values({ flowId: row.id, version: 1, document: f.document });
      inserted++;
    }
    return inserted;
  });
}
