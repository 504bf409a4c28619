// Runs a command against a freshly created Postgres database, dropped afterwards:
//   node scripts/with-fresh-db.mjs <command> [args...]
// The server comes from PG_SERVER_URL (default: postgres://postgres@127.0.0.1:5432/postgres).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";

const server = process.env.PG_SERVER_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const name = `fw_ci_${randomBytes(5).toString("hex")}`;

async function admin(sql) {
  const c = new pg.Client({ connectionString: server });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  console.error("usage: node scripts/with-fresh-db.mjs <command> [args...]");
  process.exit(2);
}
await admin(`CREATE DATABASE ${name}`);
const url = new URL(server);
url.pathname = `/${name}`;
console.log(`Using fresh Postgres database ${name}`);
let status = 1;
try {
  status = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: url.toString() } }).status ?? 1;
} finally {
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  console.log(`Dropped ${name}`);
}
process.exit(status);
