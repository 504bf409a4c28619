import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      "server-only": path.resolve(__dirname, "test/server-only-stub.ts"),
      // As in next.config.js: messages are precompiled, formatted without the ICU parser.
      "use-intl/format-message": "use-intl/format-message/format-only",
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
    // use-intl is bundled by Vite here (not loaded by Node) so the formatter alias above reaches its imports.
    server: { deps: { inline: ["use-intl"] } },
    // Expected 4xx answers are logged at info level; keep test output to what failed.
    env: { LOG_LEVEL: "warn" },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Each file opens its own database; two workers keep a 2-core machine busy without thrashing.
    maxWorkers: 2,
  },
});
