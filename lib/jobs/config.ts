import path from "node:path";
import { z } from "zod";

const schema = z.object({
  DATA_DIR: z.string().default(".data"),
  // smtp://user:pass@host:587 or smtps://...; unset writes .eml files under DATA_DIR/emails.
  SMTP_URL: z.string().url().optional().or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z.string().optional(),
  JOBS: z.enum(["on", "off"]).default("on"),
});

export type JobsConfig = { dataDir: string; smtpUrl?: string; from?: string; enabled: boolean };

/** Background-job settings from the environment, read when the jobs start (never at module load). */
export function jobsConfig(env: Record<string, string | undefined> = process.env): JobsConfig {
  const e = schema.parse(env);
  return { dataDir: path.resolve(e.DATA_DIR), smtpUrl: e.SMTP_URL, from: e.MAIL_FROM || undefined, enabled: e.JOBS === "on" };
}
