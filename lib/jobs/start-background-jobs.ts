import "server-only";
import type { Db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import { jobsConfig } from "./config";
import { abandonStaleRuns } from "@/lib/domain/flows/abandon-stale-runs";
import { pruneRawEvents, refreshRollups } from "@/lib/domain/dashboards/refresh-rollups";
import { buildRecommendations } from "@/lib/domain/recommendations/build-recommendations";

const STALE_RUN_MS = 2 * 3600 * 1000;
import { EMAIL_EVERY_MS, HOLD_SWEEP_EVERY_MS, PURGE_EVERY_MS, emailTick, purgeTick, sweepHoldsTick } from "./job-ticks";

const g = globalThis as unknown as { __fwJobs?: { stop: () => void } };

/**
 * Runs the hold sweeper (every 30 s), the email worker (every 10 s) and the idempotency-key purge (hourly)
 * inside this process. Once per process (the flag lives on globalThis, so dev reloads do not start a second
 * set); skipped when JOBS=off (a separate `npm run worker` does the work) and under Vitest. Timers are
 * unref'd so they never keep a process alive, and a tick never overlaps the previous one.
 */
export function startBackgroundJobs(getDb: () => Promise<Db>): { stop: () => void } | null {
  if (g.__fwJobs) return g.__fwJobs;
  const config = jobsConfig();
  if (!config.enabled || process.env.VITEST) return null;
  const log = logger().child({ component: "jobs" });
  const timers: NodeJS.Timeout[] = [];
  const every = (name: string, ms: number, tick: (db: Db) => Promise<unknown>) => {
    let running = false;
    const run = async () => {
      if (running) return;
      running = true;
      try {
        const result = await tick(await getDb());
        log.debug({ job: name, result }, "job tick");
      } catch (err) {
        log.error({ err, job: name }, "background job failed");
      } finally {
        running = false;
      }
    };
    const t = setInterval(run, ms);
    t.unref();
    timers.push(t);
  };
  every("hold-sweeper", HOLD_SWEEP_EVERY_MS, (db) => sweepHoldsTick(db));
  every("email-worker", EMAIL_EVERY_MS, (db) => emailTick(db, config));
  every("idempotency-purge", PURGE_EVERY_MS, (db) => purgeTick(db));
  // A conversation left mid-flow for two hours is over: close it so drop-off counts are true.
  every("flow-runs", PURGE_EVERY_MS / 4, (db) => abandonStaleRuns(db, new Date(Date.now() - STALE_RUN_MS)));
  // Dashboards read daily roll-ups; keep them a few minutes behind the raw events, and prune old raw events daily.
  every("usage-rollups", 5 * 60 * 1000, (db) => refreshRollups(db));
  every("usage-prune", 24 * 3600 * 1000, (db) => pruneRawEvents(db));
  // Suggestions learn from new sales incrementally; a run with nothing new costs ~0.1 s.
  every("recommendations", 10 * 60 * 1000, (db) => buildRecommendations(db));
  g.__fwJobs = {
    stop: () => {
      for (const t of timers) clearInterval(t);
      g.__fwJobs = undefined;
    },
  };
  log.info({ smtp: Boolean(config.smtpUrl), dataDir: config.dataDir }, "background jobs started");
  return g.__fwJobs;
}
