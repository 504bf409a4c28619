import { spawn, type ChildProcess } from "node:child_process";

/**
 * The production build (`next start`) on a fresh embedded demo database of the benchmark's own, as the e2e tests
 * run it (scripts/e2e-server.mjs); resolves once it answers /api/health.
 */
export async function startDemoServer(port: number, dataDir: string): Promise<{ base: string; server: ChildProcess }> {
  const server = spawn(process.execPath, ["scripts/e2e-server.mjs"], { env: { ...process.env, E2E_PORT: String(port), E2E_DATA_DIR: dataDir }, stdio: "ignore" });
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, server };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  server.kill("SIGTERM");
  throw new Error("server did not start");
}
