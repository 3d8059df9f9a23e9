import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // `server-only` throws outside React server components; tests import lib modules directly.
    alias: { "server-only": path.resolve(import.meta.dirname, "lib/testing/empty-module.ts") },
  },
  test: {
    include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "app/**/*.test.ts"],
    globalSetup: ["lib/testing/global-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
