import "server-only";
import { eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { actorUserId } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { flows } from "@/lib/db/schema";
import { errors } from "@/lib/errors";
import { getFlow } from "./get-flow";
import type { FlowDetailDto, SaveDraftInput } from "./schemas";

/** Saves the draft (a new flow when no flowId); publishing is a separate step, so a half-written draft is fine. */
export async function saveDraft(db: Db, actor: Actor, input: SaveDraftInput): Promise<FlowDetailDto> {
  if (input.flowId) {
    const [row] = await db
      .update(flows)
      .set({ name: input.name, draft: input.document, updatedAt: new Date() })
      .where(eq(flows.id, input.flowId))
      .returning({ id: flows.id });
    if (!row) throw errors.notFound("That flow");
    return getFlow(db, actor, row.id);
  }
  if (!input.slug) throw errors.validation("Give the new flow a short id.", { slug: "Required for a new flow." });
  const [row] = await db
    .insert(flows)
    .values({ slug: input.slug, name: input.name, draft: input.document, status: "draft", createdBy: actorUserId(actor) })
    .onConflictDoNothing({ target: flows.slug })
    .returning({ id: flows.id });
  if (!row) throw errors.conflict(`A flow called "${input.slug}" already exists.`);
  return getFlow(db, actor, row.id);
}
