import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { actorUserId } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { flowVersions, flows } from "@/lib/db/schema";
import { AppError, errors } from "@/lib/errors";
import { parseDocument } from "./flow-dto";
import { getFlow } from "./get-flow";
import type { FlowDetailDto } from "./schemas";
import { validateFlow } from "./validate-flow";

/**
 * Freezes the draft as the next version. Versions are never updated afterwards: runs in progress keep the
 * version they started on, new runs get this one.
 */
export async function publishFlow(db: Db, actor: Actor, flowId: string): Promise<FlowDetailDto> {
  await db.transaction(async (tx) => {
    // The row lock makes two publishes of one flow take turns, so version numbers never collide.
    const [row] = await tx.select().from(flows).where(eq(flows.id, flowId)).for("update");
    if (!row) throw errors.notFound("That flow");
    const doc = parseDocument(row.draft);
    const check = validateFlow(doc);
    if (!check.ok)
      throw new AppError("validation_failed", `This flow cannot be published yet: ${check.problems[0]!.message}`, 422, undefined, undefined, { problems: check.problems });
    const version = (row.currentVersion ?? 0) + 1;
    await tx.insert(flowVersions).values({ flowId, version, document: doc, publishedBy: actorUserId(actor) });
    await tx.update(flows).set({ status: "published", currentVersion: version, updatedAt: sql`now()` }).where(eq(flows.id, flowId));
  });
  return getFlow(db, actor, flowId);
}
