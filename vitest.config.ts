import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // `server-only` throws outside React server components; tests import lib modules directly.
    alias: { "server-only": path.resolve(import.meta.dirname, "lib/dev/testing/empty-module.ts") },
  },
  test: {
    include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "app/**/*.test.ts"],
    globalSetup: ["lib/dev/testing/global-setup.ts"],
    // next-auth imports "next/server" without the ".js" Node's ESM resolver needs; run it
    // through Vite's resolver instead, as Next's bundler does.
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
