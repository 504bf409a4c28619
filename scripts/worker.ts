// `npm run worker`: the background jobs as their own process, for deployments that run the app with JOBS=off.
// Runs the hold sweeper, the email worker and the idempotency purge on their schedules until SIGINT/SIGTERM.
import { openDatabase } from "@/lib/db/client";
import { env } from "@/lib/env";
import { jobsConfig } from "@/lib/jobs/config";
import { EMAIL_EVERY_MS, HOLD_SWEEP_EVERY_MS, PURGE_EVERY_MS, emailTick, purgeTick, sweepHoldsTick } from "@/lib/jobs/job-ticks";
import { logger } from "@/lib/log/logger";

const e = env();
if (!e.DATABASE_URL) {
  // PGlite has one writer per data directory: a second process would corrupt it. Jobs then run inside the app.
  console.error("npm run worker needs DATABASE_URL (a Postgres server); with PGlite the app runs the jobs itself.");
  process.exit(2);
}
const handle = await openDatabase({ url: e.DATABASE_URL, poolSize: 4 });
const config = jobsConfig();
const log = logger().child({ component: "worker" });
let stopping = false;
const last = { sweep: 0, email: 0, purge: 0 };

async function loop() {
  log.info({ smtp: Boolean(config.smtpUrl), dataDir: config.dataDir }, "worker started");
  while (!stopping) {
    const now = Date.now();
    try {
      if (now - last.sweep >= HOLD_SWEEP_EVERY_MS) {
        last.sweep = now;
        const released = await sweepHoldsTick(handle.db);
        if (released) log.info({ released }, "expired holds released");
      }
      if (now - last.email >= EMAIL_EVERY_MS) {
        last.email = now;
        const r = await emailTick(handle.db, config);
        if (r.sent || r.failed || r.retrying) log.info(r, "emails delivered");
      }
      if (now - last.purge >= PURGE_EVERY_MS) {
        last.purge = now;
        await purgeTick(handle.db);
      }
    } catch (err) {
      log.error({ err }, "worker tick failed");
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
  await handle.close();
  log.info("worker stopped");
}

for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => (stopping = true));
await loop();
