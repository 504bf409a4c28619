import "server-only";
import type { Db } from "@/lib/db/client";
import { parseDocument } from "./flow-dto";
import { loadFlowRow } from "./get-flow";
import type { FlowExport } from "./schemas";

/** The draft as a portable JSON document (what importFlow takes back). */
export async function exportFlow(db: Db, flowId: string): Promise<FlowExport> {
  const row = await loadFlowRow(db, flowId);
  return { slug: row.slug, name: row.name, document: parseDocument(row.draft) };
}
