import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { log, sleep, stats, type Stats } from "./util";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const PORT = 3240;
const BASE = `http://127.0.0.1:${PORT}`;
const SECRET = "bench-dashboard-secret-not-for-production-0123456789";
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

export type Server = { child: ChildProcess; logFile: string };

/**
 * The production build and server, inside the shared build lock (.next is everyone's), on port 3240.
 * The lock is held until the server stops, so nobody rebuilds under it.
 */
export function startServer(dbUrl: string, logFile: string, build = true): Server {
  const fd = openSync(logFile, "a");
  const env: NodeJS.ProcessEnv = {
    ...process.env, DATABASE_URL: dbUrl, NODE_ENV: "production", NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: BASE,
    JOBS: "off", LOG_LEVEL: "warn", NEXT_TELEMETRY_DISABLED: "1", SEED_DEMO: "never", DB_POOL_SIZE: "10",
  };
  delete env.PGLITE_DIR;
  const next = path.join(ROOT, "node_modules/next/dist/bin/next");
  const script = `${build ? "npm run build && " : ""}exec "${process.execPath}" "${next}" start -p ${PORT} -H 127.0.0.1`;
  // detached: its own process group, so stopping it stops flock, the build or the server, whichever is running.
  const child = spawn("flock", ["/tmp/fw-build.lock", "sh", "-c", script], { cwd: ROOT, env, stdio: ["ignore", fd, fd], detached: true });
  closeSync(fd);
  log(`waiting for the build lock, then build and server on :${PORT} (pid ${child.pid}, log ${logFile})`);
  return { child, logFile };
}

export async function stopServer(s: Server) {
  const pid = s.child.pid;
  if (!pid || s.child.exitCode !== null || s.child.signalCode !== null) return;
  const exited = new Promise<void>((r) => s.child.once("exit", () => r()));
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    /* gone */
  }
  if ((await Promise.race([exited.then(() => "ok"), sleep(8_000).then(() => "late")])) === "late") {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      /* gone */
    }
  }
  log(`stopped the server (pid ${pid})`);
}

export async function waitReady(s: Server, timeoutMs: number): Promise<void> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (s.child.exitCode !== null) throw new Error(`build or server exited (${s.child.exitCode}):\n${readFileSync(s.logFile, "utf8").split("\n").slice(-25).join("\n")}`);
    const r = await request("GET", "/api/health", {}).catch(() => null);
    if (r?.status === 200) return;
    await sleep(1_000);
  }
  throw new Error(`server not ready after ${timeoutMs} ms`);
}

export function request(method: "GET" | "POST", p: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: PORT, path: p, method, agent, headers: body ? { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(body) } : headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.setTimeout(60_000, () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(body);
  });
}

/** GET each path in turn (one caller, like one person's screen); latency per request. */
export async function timeGets(paths: string[], token: string): Promise<{ stats: Stats; errors: number }> {
  const xs: number[] = [];
  let errors = 0;
  for (const p of paths) {
    const t = performance.now();
    const r = await request("GET", p, { authorization: `Bearer ${token}` });
    xs.push(performance.now() - t);
    if (r.status !== 200) {
      errors++;
      if (errors === 1) log(`  ${p}: ${r.status} ${r.body.slice(0, 200)}`);
    }
  }
  return { stats: stats(xs), errors };
}

const TYPES = ["search", "stock_grid_view", "style_view", "scan", "suggestion_shown", "flow_step_shown", "app_open", "customer_viewed"];

/** A batch as a tablet's outbox sends it: mostly events of the last minutes, a few from an offline spell days ago. */
export function batchBody(run: string, b: number, size: number): string {
  const now = Date.now();
  const events = Array.from({ length: size }, (_, i) => {
    const k = b * size + i;
    const late = k % 50 === 0;
    const at = new Date(now - (late ? 86_400_000 * (1 + (k % 3)) : (k % 600) * 1000)).toISOString();
    return { id: `${run}-${k.toString(36).padStart(8, "0")}`, type: TYPES[k % TYPES.length], occurredAt: at, payload: { styleId: 1 + (k % 2000), surface: "style" } };
  });
  return JSON.stringify({ events });
}

export type IngestResult = { batches: number; events: number; accepted: number; seconds: number; eventsPerS: number; errors: number; latency: Stats; concurrency: number };

/** Closed loop: `concurrency` callers each POST the next prepared batch as soon as the last is answered. */
export async function ingestLoad(bodies: string[], tokens: string[], concurrency: number, size: number): Promise<IngestResult> {
  let next = 0;
  let accepted = 0;
  let errors = 0;
  const xs: number[] = [];
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, c) => {
      while (next < bodies.length) {
        const i = next++;
        const t = performance.now();
        const r = await request("POST", "/api/v1/usage/events", { authorization: `Bearer ${tokens[(i + c) % tokens.length]}` }, bodies[i]);
        xs.push(performance.now() - t);
        if (r.status === 200 || r.status === 201) accepted += (JSON.parse(r.body) as { accepted: number }).accepted;
        else if (errors++ === 0) log(`  ingest: ${r.status} ${r.body.slice(0, 200)}`);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  return { batches: bodies.length, events: bodies.length * size, accepted, seconds: Math.round(seconds * 10) / 10, eventsPerS: Math.round(accepted / seconds), errors, latency: stats(xs), concurrency };
}
