import "server-only";
import { eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { errors } from "@/lib/errors";
import { emailSummary } from "./list-emails";
import type { EmailDetail } from "./schemas";

/** One email with its text. It carries a customer's address and order, so reading it is audited. */
export async function readEmail(db: Db, actor: Actor, id: string): Promise<EmailDetail> {
  if (!can(actor.role, "email:read")) throw errors.forbidden();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw errors.notFound("That email");
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id)).limit(1);
  if (!row) throw errors.notFound("That email");
  await writeAudit(db, actor, { action: "view", entity: "email", entityId: id, screen: "emails", detail: { kind: row.kind, refId: row.refId } });
  return { ...emailSummary(row), bodyText: row.bodyText };
}
