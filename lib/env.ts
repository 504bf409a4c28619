import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  // Unset: the embedded PGlite database under DATA_DIR. Set: a real PostgreSQL server.
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default(".data"),
  // "memory" keeps PGlite in memory (tests).
  PGLITE_DIR: z.string().optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  // Unset: the demo chain is loaded into an empty database except in production, where public demo
  // passwords must never appear by accident (`npm run demo` sets it to auto on purpose).
  SEED_DEMO: z.enum(["auto", "never"]).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Validated environment; read lazily so `next build` does not need run-time secrets. */
export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export function seedDemo(): boolean {
  const e = env();
  return (e.SEED_DEMO ?? (e.NODE_ENV === "production" ? "never" : "auto")) === "auto";
}

/** The secret that signs session JWTs. Production must set one; development derives a stable local one. */
export function authSecret(): string {
  const e = env();
  if (e.NEXTAUTH_SECRET) return e.NEXTAUTH_SECRET;
  if (e.NODE_ENV === "production" && !process.env.FLOORWALKER_ALLOW_DEV_SECRET) {
    throw new Error("NEXTAUTH_SECRET must be set in production");
  }
  return "floorwalker-local-development-secret";
}
