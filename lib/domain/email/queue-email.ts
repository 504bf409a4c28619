import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";

export type OutgoingEmail = { to: string; subject: string; bodyText: string; kind: string; refId?: string | null };

/** Queues an email in the caller's transaction: it is sent only if what it announces was committed. */
export async function queueEmail(tx: DbOrTx, email: OutgoingEmail): Promise<string> {
  const [row] = await tx
    .insert(emailOutbox)
    .values({ to: email.to, subject: email.subject, bodyText: email.bodyText, kind: email.kind, refId: email.refId ?? null })
    .returning({ id: emailOutbox.id });
  return row!.id;
}
