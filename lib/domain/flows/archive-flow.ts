import "server-only";
import { eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { flows } from "@/lib/db/schema";
import { errors } from "@/lib/errors";
import { getFlow } from "./get-flow";
import type { FlowDetailDto } from "./schemas";

/** Takes a flow off the tablets; runs already going finish on their version. */
export async function archiveFlow(db: Db, actor: Actor, flowId: string): Promise<FlowDetailDto> {
  const [row] = await db.update(flows).set({ status: "archived", updatedAt: new Date() }).where(eq(flows.id, flowId)).returning({ id: flows.id });
  if (!row) throw errors.notFound("That flow");
  return getFlow(db, actor, flowId);
}
