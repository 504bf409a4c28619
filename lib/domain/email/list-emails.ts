import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";
import { errors } from "@/lib/errors";
import type { EmailSummary, ListEmailsQuery } from "./schemas";

type Row = typeof emailOutbox.$inferSelect;

export function emailSummary(r: Row): EmailSummary {
  return {
    id: r.id,
    to: r.to,
    subject: r.subject,
    kind: r.kind,
    refId: r.refId,
    status: r.status,
    attempts: r.attempts,
    lastError: r.lastError,
    createdAt: r.createdAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
  };
}

/** The outbox, newest first, for the admins' email page (permission email:read). */
export async function listEmails(db: Db, actor: Actor, query: Partial<ListEmailsQuery> = {}): Promise<EmailSummary[]> {
  if (!can(actor.role, "email:read")) throw errors.forbidden();
  const rows = await db
    .select()
    .from(emailOutbox)
    .where(query.status ? eq(emailOutbox.status, query.status) : undefined)
    .orderBy(desc(emailOutbox.createdAt))
    .limit(query.limit ?? 50);
  return rows.map(emailSummary);
}
