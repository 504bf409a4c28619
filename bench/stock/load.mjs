// Small HTTP load generators for bench/stock (no dependencies): an open model (fixed schedule of start times,
// latency measured from the SCHEDULED start, so a slow server cannot hide its queueing: no coordinated omission)
// and a closed loop (N connections, each sending the next request as soon as the previous answer is read).
// Only ever points at 127.0.0.1 / localhost.
import http from "node:http";
import { performance } from "node:perf_hooks";

const TIMEOUT_MS = 10_000;

function assertLocal(base) {
  const u = new URL(base);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(u.hostname)) throw new Error(`refusing to send traffic to ${u.hostname}`);
  return u;
}

/** One GET; resolves { status, bytes, body? } and never rejects (errors come back as status 0). */
export function get(agent, base, path, headers, { keepBody = false } = {}) {
  const u = assertLocal(base);
  return new Promise((resolve) => {
    let settled = false;
    const done = (r) => {
      if (!settled) {
        settled = true;
        resolve(r);
      }
    };
    const req = http.request({ host: u.hostname, port: u.port, path, method: "GET", agent, headers }, (res) => {
      let bytes = 0;
      const chunks = keepBody ? [] : null;
      res.on("data", (c) => {
        bytes += c.length;
        if (chunks) chunks.push(c);
      });
      res.on("end", () => done({ status: res.statusCode ?? 0, bytes, body: chunks ? Buffer.concat(chunks).toString("utf8") : undefined }));
      res.on("error", (e) => done({ status: 0, bytes, error: String(e) }));
    });
    req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error("timeout")));
    req.on("error", (e) => done({ status: 0, bytes: 0, error: String(e.message ?? e) }));
    req.end();
  });
}

export function quantiles(values) {
  const xs = Float64Array.from(values).sort();
  const q = (p) => (xs.length ? xs[Math.min(xs.length - 1, Math.max(0, Math.ceil(p * xs.length) - 1))] : NaN);
  const mean = xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
  return { n: xs.length, min: xs[0] ?? NaN, p50: q(0.5), p95: q(0.95), p99: q(0.99), max: xs[xs.length - 1] ?? NaN, mean };
}

function cpuMsNow() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Open model: request i starts at t0 + i/rate whatever happened to the previous ones (a new connection is
 * opened when all are busy). Latency = end - scheduled start, so client-side queueing and a stalled server count.
 */
export async function openModel({ base, paths, rate, durationS, headers = {}, maxSockets = 256 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  const n = Math.round(rate * durationS);
  const interval = 1000 / rate;
  const fromSchedule = new Float64Array(n);
  const service = new Float64Array(n);
  const statuses = {};
  let errors = 0;
  let bytes = 0;
  let maxLagMs = 0;
  let finished = 0;
  let i = 0;
  const cpu0 = cpuMsNow();
  const t0 = performance.now() + 20;
  await new Promise((resolve) => {
    const fire = (k, scheduled) => {
      const sent = performance.now();
      maxLagMs = Math.max(maxLagMs, sent - scheduled);
      get(agent, base, paths[k % paths.length], headers).then((r) => {
        const end = performance.now();
        fromSchedule[k] = end - scheduled;
        service[k] = end - sent;
        statuses[r.status] = (statuses[r.status] ?? 0) + 1;
        if (r.status !== 200) errors++;
        bytes += r.bytes;
        if (++finished === n) resolve();
      });
    };
    const tick = () => {
      const now = performance.now();
      while (i < n && t0 + i * interval <= now) {
        fire(i, t0 + i * interval);
        i++;
      }
      if (i < n) setTimeout(tick, Math.max(0, Math.min(2, t0 + i * interval - performance.now())));
    };
    setTimeout(tick, 20);
  });
  const wallS = (performance.now() - t0) / 1000;
  agent.destroy();
  return {
    rate,
    durationS,
    requests: n,
    achievedRps: n / wallS,
    errors,
    statuses,
    meanBytes: Math.round(bytes / n),
    latency: quantiles(fromSchedule),
    service: quantiles(service),
    p95BySecond: bySecond(fromSchedule, rate),
    maxSendLagMs: maxLagMs,
    clientCpuPct: (100 * (cpuMsNow() - cpu0)) / (wallS * 1000),
    raw: { fromSchedule, service },
  };
}

/** p95 of each second's requests (by scheduled start): a stall shows as one bad second, a slow server as all. */
function bySecond(latencies, rate) {
  const out = [];
  for (let s = 0; s * rate < latencies.length; s++) out.push(Math.round(10 * quantiles(latencies.subarray(s * rate, (s + 1) * rate)).p95) / 10);
  return out;
}

/** Several open-model runs of one server as one: quantiles over all their requests; `raw` dropped. */
export function mergeOpen(runs) {
  const cat = (k) => Float64Array.from(runs.flatMap((r) => Array.from(r.raw[k])));
  const requests = runs.reduce((n, r) => n + r.requests, 0);
  const statuses = {};
  for (const r of runs) for (const [k, v] of Object.entries(r.statuses)) statuses[k] = (statuses[k] ?? 0) + v;
  const strip = runs.map(({ raw: _raw, ...r }) => r);
  return {
    rate: runs[0].rate,
    durationS: runs.reduce((n, r) => n + r.durationS, 0),
    requests,
    achievedRps: requests / runs.reduce((n, r) => n + r.requests / r.achievedRps, 0),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    statuses,
    meanBytes: Math.round(runs.reduce((n, r) => n + r.meanBytes * r.requests, 0) / requests),
    latency: quantiles(cat("fromSchedule")),
    service: quantiles(cat("service")),
    p95BySecond: runs.flatMap((r) => r.p95BySecond),
    maxSendLagMs: Math.max(...runs.map((r) => r.maxSendLagMs)),
    clientCpuPct: runs.reduce((n, r) => n + r.clientCpuPct, 0) / runs.length,
    parts: strip.map((r) => ({ p95: r.latency.p95, service95: r.service.p95, cpuPctOfCore: r.cpuPctOfCore, loadavg1: r.loadavg1 })),
    cpuPctOfCore: averageCpu(strip.map((r) => r.cpuPctOfCore ?? {})),
    pgStates: strip[0].pgStates,
  };
}

function averageCpu(all) {
  const out = {};
  for (const k of Object.keys(all[0] ?? {})) out[k] = Math.round(all.reduce((n, c) => n + (c[k] ?? 0), 0) / all.length);
  return out;
}

/** Closed loop: `connections` callers, each one request at a time, for durationS. */
export async function closedLoop({ base, paths, connections, durationS, headers = {}, startAt = 0 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  const lat = [];
  const statuses = {};
  let errors = 0;
  let next = startAt;
  const cpu0 = cpuMsNow();
  const t0 = performance.now();
  const deadline = t0 + durationS * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const path = paths[next++ % paths.length];
      const s = performance.now();
      const r = await get(agent, base, path, headers);
      const e = performance.now();
      if (e > deadline) break; // only count answers that finished inside the window
      lat.push(e - s);
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      if (r.status !== 200) errors++;
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const wallS = (performance.now() - t0) / 1000;
  agent.destroy();
  return {
    connections,
    durationS,
    completed: lat.length,
    rps: lat.length / durationS,
    errors,
    statuses,
    latency: quantiles(lat),
    clientCpuPct: (100 * (cpuMsNow() - cpu0)) / (wallS * 1000),
    nextIndex: next,
  };
}
