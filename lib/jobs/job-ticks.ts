import "server-only";
import type { Db } from "@/lib/db/client";
import { purgeExpiredIdempotencyKeys } from "@/lib/api/idempotency";
import { deliverQueuedEmails, type DeliveryReport } from "@/lib/domain/email/deliver-queued-emails";
import { sweepExpiredHolds } from "@/lib/domain/holds/sweep-expired-holds";
import type { JobsConfig } from "./config";

export const HOLD_SWEEP_EVERY_MS = 30_000;
export const EMAIL_EVERY_MS = 10_000;
export const PURGE_EVERY_MS = 3_600_000;

/** Releases every hold past its time, in batches, until none is left. */
export async function sweepHoldsTick(db: Db, now = new Date()): Promise<number> {
  let total = 0;
  for (let batch = 0; batch < 50; batch++) {
    const n = await sweepExpiredHolds(db, now, { limit: 200 });
    total += n;
    if (n < 200) break;
  }
  return total;
}

export function emailTick(db: Db, config: JobsConfig): Promise<DeliveryReport> {
  return deliverQueuedEmails(db, { dataDir: config.dataDir, smtpUrl: config.smtpUrl, from: config.from, limit: 50 });
}

export function purgeTick(db: Db, now = new Date()): Promise<number> {
  return purgeExpiredIdempotencyKeys(db, now);
}
