import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import type { Actor } from "@/lib/auth/actor";

export type AuditEntry = {
  action: string;
  entity: string;
  entityId?: string | number | null;
  storeId?: number | null;
  screen?: string | null;
  detail?: Record<string, unknown>;
};

/** Appends to the audit log: who viewed or changed what, from which screen. */
export async function writeAudit(db: DbOrTx, actor: Actor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorUserId: actor.kind === "user" ? actor.userId : null,
    actorTokenId: actor.kind === "token" ? actor.tokenId : null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    storeId: entry.storeId ?? actor.storeId,
    deviceId: actor.deviceId,
    screen: entry.screen ?? null,
    detail: entry.detail ?? {},
  });
}
