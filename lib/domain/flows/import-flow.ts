import "server-only";
import { eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { flows } from "@/lib/db/schema";
import { saveDraft } from "./save-draft";
import type { FlowDetailDto, FlowExport } from "./schemas";

/** Imports a document as a draft: a new flow, or the new draft of the flow with that slug. Publishing stays a separate step. */
export async function importFlow(db: Db, actor: Actor, input: FlowExport): Promise<FlowDetailDto> {
  const [existing] = await db.select({ id: flows.id }).from(flows).where(eq(flows.slug, input.slug));
  return saveDraft(db, actor, existing ? { flowId: existing.id, name: input.name, document: input.document } : input);
}
