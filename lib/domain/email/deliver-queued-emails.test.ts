import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import { emailOutbox } from "@/lib/db/schema";
import { createTestChain, type TestChain } from "@/lib/domain/orders/test-chain";
import { deliverQueuedEmails } from "./deliver-queued-emails";
import { listEmails } from "./list-emails";
import { queueEmail } from "./queue-email";
import { readEmail } from "./read-email";

let h: DbHandle;
let c: TestChain;
let dir: string;

beforeAll(async () => {
  h = await createTestDb();
  c = await createTestChain(h.db);
  dir = await mkdtemp(path.join(tmpdir(), "fw-mail-"));
});
afterAll(async () => {
  await h?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("the email worker", () => {
  it("writes RFC 822 .eml files under DATA_DIR/emails when no SMTP is configured, once each", async () => {
    const id = await queueEmail(h.db, { to: "lucia@example.com", subject: "Your order FW-7K3P9Q: arrives Monday 24 November", bodyText: "Hello Lucía,\n\nArrives Monday 24 November.\n", kind: "order_confirmation" });
    const report = await deliverQueuedEmails(h.db, { dataDir: dir });
    expect(report).toEqual({ sent: 1, retrying: 0, failed: 0 });
    const files = await readdir(path.join(dir, "emails"));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`${id}\\.eml$`));
    const eml = await readFile(path.join(dir, "emails", files[0]!), "utf8");
    expect(eml).toMatch(/^To: lucia@example\.com$/m);
    expect(eml).toMatch(/^Subject: Your order FW-7K3P9Q: arrives Monday 24 November$/m);
    expect(eml).toMatch(new RegExp(`^Message-ID: <${id}@floorwalker>$`, "m"));
    expect(eml).toMatch(/^Content-Type: text\/plain; charset=utf-8$/m);
    const [row] = await h.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row).toMatchObject({ status: "sent", attempts: 1 });
    expect(await deliverQueuedEmails(h.db, { dataDir: dir })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await readdir(path.join(dir, "emails"))).toHaveLength(1);
  });

  it("records failures, retries, and gives up after the last attempt", async () => {
    const id = await queueEmail(h.db, { to: "x@example.com", subject: "s", bodyText: "b", kind: "test" });
    // Nothing listens on port 1: every attempt fails fast.
    const smtpUrl = "smtp://127.0.0.1:1";
    expect(await deliverQueuedEmails(h.db, { dataDir: dir, smtpUrl, maxAttempts: 2 })).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect(await deliverQueuedEmails(h.db, { dataDir: dir, smtpUrl, maxAttempts: 2 })).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const [row] = await h.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row).toMatchObject({ status: "failed", attempts: 2 });
    expect(row?.lastError).toMatch(/ECONNREFUSED|connect/);
  });

  it("lets admins list and read emails, and nobody else", async () => {
    const list = await listEmails(h.db, c.admin);
    expect(list.map((e) => e.status).sort()).toEqual(["failed", "sent"]);
    const one = await readEmail(h.db, c.admin, list[0]!.id);
    expect(one.bodyText.length).toBeGreaterThan(0);
    await expect(listEmails(h.db, c.associate)).rejects.toThrow(/permission/);
    await expect(readEmail(h.db, c.admin, "not-a-uuid")).rejects.toThrow(/not found/);
  });
});
