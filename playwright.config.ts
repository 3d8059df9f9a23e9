import { defineConfig } from "@playwright/test";
import { E2E_AUTH_SECRET } from "./e2e/auth-secret";

// Browser tests run Debian's chromium against the built app on a fresh embedded database.
// "Now" is pinned so that countdowns in the newsletters' items are stable.
export const E2E_NOW = "2025-01-10T12:00:00+01:00";
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "nb-NO",
    timezoneId: "Europe/Oslo",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: "node --import tsx e2e/serve.ts",
    url: `http://localhost:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    // Feed links point at this server, so a test can follow them.
    env: {
      PORT: String(port),
      FRISTVAKT_NOW: E2E_NOW,
      FRISTVAKT_PUBLIC_URL: `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: E2E_AUTH_SECRET,
      FRISTVAKT_SOURCES: "off",
    },
  },
});
