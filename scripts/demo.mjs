// `npm run demo`: build if needed, then serve Floorwalker on the embedded database with demo data.
// The first start creates .data/pglite and loads the demo chain; later starts reuse it.
import { existsSync, mkdirSync, readFileSync, writeFileSync, statSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { spawn, spawnSync } from "node:child_process";

const port = process.env.PORT ?? "3000";
const dataDir = process.env.DATA_DIR ?? ".data";
mkdirSync(dataDir, { recursive: true });

// A per-machine secret for session cookies, kept beside the data so sessions survive restarts.
const secretFile = `${dataDir}/auth-secret`;
if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString("hex"), { mode: 0o600 });
const secret = process.env.NEXTAUTH_SECRET ?? readFileSync(secretFile, "utf8").trim();

const built = existsSync(".next/BUILD_ID") && statSync(".next/BUILD_ID").mtimeMs > statSync("package.json").mtimeMs;
if (!built || process.argv.includes("--rebuild")) {
  console.log("Building Floorwalker (first run only)…");
  const res = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (res.status !== 0) process.exit(res.status ?? 1);
}

const env = { ...process.env, SEED_DEMO: process.env.SEED_DEMO ?? "auto", NODE_ENV: "production", NEXTAUTH_SECRET: secret, NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`, DATA_DIR: dataDir };
const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], { env, stdio: "inherit" });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));

// Open the database now (first start loads the demo chain and prints the sign-ins) rather than on the first visit.
for (let i = 0; i < 240; i++) {
  await new Promise((r) => setTimeout(r, 1000));
  try {
    const res = await fetch(`http://localhost:${port}/api/health`);
    if (res.ok) {
      console.log(`\nFloorwalker is ready: http://localhost:${port}\n`);
      break;
    }
  } catch {}
}
