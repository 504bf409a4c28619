import "server-only";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { and, asc, eq, notInArray, sql } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import type { Db } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";

export type DeliveryOptions = {
  /** .eml files go to `${dataDir}/emails/` when no SMTP server is configured. */
  dataDir: string;
  /** e.g. smtp://user:pass@mail.example.com:587; unset = write .eml files. */
  smtpUrl?: string;
  from?: string;
  /** Most emails handled in one run. */
  limit?: number;
  /** After this many failed attempts an email is marked failed and left for an admin. */
  maxAttempts?: number;
};
export type DeliveryReport = { sent: number; retrying: number; failed: number };

export const DEFAULT_FROM = "Floorwalker <no-reply@floorwalker.invalid>";
const transports = new Map<string, Transporter>();

function transportFor(smtpUrl: string | undefined): Transporter {
  const key = smtpUrl ?? "eml";
  let t = transports.get(key);
  if (!t) {
    // Without SMTP, nodemailer still composes the RFC 822 message; we write it to a file.
    t = smtpUrl ? nodemailer.createTransport(smtpUrl) : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
    transports.set(key, t);
  }
  return t;
}

/**
 * Sends queued emails one at a time, each claimed with FOR UPDATE SKIP LOCKED so several workers never send the
 * same one. The row stays locked while it is sent, and is marked sent (or its attempt and error recorded) in the
 * same transaction: a crash mid-send leaves it queued, so delivery is at-least-once.
 */
export async function deliverQueuedEmails(db: Db, opts: DeliveryOptions): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  const maxAttempts = opts.maxAttempts ?? 5;
  const tried: string[] = [];
  const transport = transportFor(opts.smtpUrl);
  for (let i = 0; i < (opts.limit ?? 20); i++) {
    const done = await db.transaction(async (tx) => {
      const [email] = await tx
        .select()
        .from(emailOutbox)
        .where(and(eq(emailOutbox.status, "queued"), tried.length ? notInArray(emailOutbox.id, tried) : undefined))
        .orderBy(asc(emailOutbox.createdAt))
        .limit(1)
        .for("update", { skipLocked: true });
      if (!email) return true;
      tried.push(email.id);
      try {
        const info = await transport.sendMail({
          from: opts.from ?? DEFAULT_FROM,
          to: email.to,
          subject: email.subject,
          text: email.bodyText,
          date: email.createdAt,
          messageId: `<${email.id}@floorwalker>`,
        });
        if (!opts.smtpUrl) await writeEml(opts.dataDir, email.id, email.createdAt, (info as { message: Buffer }).message);
        await tx.update(emailOutbox).set({ status: "sent", sentAt: sql`now()`, attempts: email.attempts + 1, lastError: null }).where(eq(emailOutbox.id, email.id));
        report.sent++;
      } catch (e) {
        const attempts = email.attempts + 1;
        const failed = attempts >= maxAttempts;
        await tx
          .update(emailOutbox)
          .set({ status: failed ? "failed" : "queued", attempts, lastError: String((e as Error)?.message ?? e).slice(0, 500) })
          .where(eq(emailOutbox.id, email.id));
        if (failed) report.failed++;
        else report.retrying++;
      }
      return false;
    });
    if (done) break;
  }
  return report;
}

/** The path an email's .eml file is written to (sortable by time, unique by id). */
export function emlPath(dataDir: string, id: string, createdAt: Date): string {
  return path.join(dataDir, "emails", `${createdAt.toISOString().replace(/[:.]/g, "-")}-${id}.eml`);
}

async function writeEml(dataDir: string, id: string, createdAt: Date, message: Buffer) {
  const file = emlPath(dataDir, id, createdAt);
  await mkdir(path.dirname(file), { recursive: true });
  // Write then rename, so a reader never sees half a message.
  await writeFile(`${file}.tmp`, message);
  await rename(`${file}.tmp`, file);
}
