import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      "server-only": path.resolve(__dirname, "test/server-only-stub.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
    // Expected 4xx answers are logged at info level; keep test output to what failed.
    env: { LOG_LEVEL: "warn" },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Each file opens its own database; two workers keep a 2-core machine busy without thrashing.
    maxWorkers: 2,
  },
});
