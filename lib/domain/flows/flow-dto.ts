import "server-only";
import type { flows } from "@/lib/db/schema";
import { flowDocumentSchema, type FlowDocument } from "./document";
import type { FlowSummaryDto } from "./schemas";

export type FlowRow = typeof flows.$inferSelect;

/** Stored documents were validated on the way in; parsing again guards against hand edits in the database. */
export function parseDocument(value: unknown): FlowDocument {
  return flowDocumentSchema.parse(value);
}

export function flowSummary(row: FlowRow, doc?: FlowDocument): FlowSummaryDto {
  const d = doc ?? (row.draft as FlowDocument);
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    status: row.status,
    currentVersion: row.currentVersion,
    storeIds: row.storeIds ?? null,
    description: d?.description ?? "",
    updatedAt: row.updatedAt.toISOString(),
  };
}
