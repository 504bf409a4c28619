import "server-only";
import { randomBytes } from "node:crypto";
import { openDatabase, setDbForTests, type DbHandle } from "./client";

/**
 * A database of the test file's own: PGlite in memory by default, or, when DATABASE_URL is set,
 * a fresh database on that Postgres server (created here, dropped on close), so concurrency is real.
 */
export async function createTestDb(): Promise<DbHandle> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const handle = await openDatabase({ pgliteDir: "memory://" });
    setDbForTests(handle);
    return handle;
  }
  const { Client } = await import("pg");
  const name = `fw_t_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const handle = await openDatabase({ url: testUrl.toString(), poolSize: 20 });
  setDbForTests(handle);
  return {
    ...handle,
    close: async () => {
      setDbForTests(undefined);
      await handle.close();
      const c = new Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
