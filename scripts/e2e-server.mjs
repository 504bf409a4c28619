// Starts the production build for end-to-end tests on a database of its own:
// a fresh PGlite directory, or (when DATABASE_URL is set) the Postgres database CI created for this run.
import { rmSync } from "node:fs";
import { spawn } from "node:child_process";

const port = process.env.E2E_PORT ?? "3100";
const env = {
  ...process.env,
  NODE_ENV: "production",
  SEED_DEMO: "auto",
  NEXTAUTH_URL: `http://localhost:${port}`,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret-not-for-production-use-0123456789",
  LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
};
if (!process.env.DATABASE_URL) {
  // Benchmarks that start their own server pass a directory of their own.
  const root = process.env.E2E_DATA_DIR ?? ".data-e2e";
  const dir = `${root}/pglite`;
  rmSync(root, { recursive: true, force: true });
  env.PGLITE_DIR = dir;
}
const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], { env, stdio: "inherit" });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
