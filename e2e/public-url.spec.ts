import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { e2eDatabaseUrlFile } from "./database-file";

// A second `npm start` on the test database, without FRISTVAKT_PUBLIC_URL: its links must
// point at the port it listens on. The build is the one the test server made.

const root = path.resolve(import.meta.dirname, "..");
const databaseUrl = () => fs.readFileSync(e2eDatabaseUrlFile(process.env.E2E_PORT ?? "3100"), "utf8").trim();

function start(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let output = "";
  const base = { ...process.env };
  delete base.FRISTVAKT_PUBLIC_URL;
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "lib/cli/start.ts")], {
    cwd: root,
    env: {
      ...base,
      DATABASE_URL: databaseUrl(),
      FRISTVAKT_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "fristvakt-port-")),
      FRISTVAKT_NOW: "2025-01-10T12:00:00+01:00",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  return { child, output: () => output };
}

async function waitFor(check: () => Promise<boolean> | boolean, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (
      await Promise.resolve()
        .then(check)
        .catch(() => false)
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("timed out");
}

test("without FRISTVAKT_PUBLIC_URL, feed and webcal links point at the port the app listens on", async ({ request }) => {
  test.setTimeout(120_000);
  const port = 4401 + (Number(process.env.E2E_PORT ?? 3100) % 100);
  const app = start({ PORT: String(port), AUTH_SECRET: "another-secret-for-the-second-instance-0123456789" });
  try {
    await waitFor(async () => (await request.get(`http://localhost:${port}/api/health`)).ok(), 90_000);
    const html = await (await request.get(`http://localhost:${port}/subscribe?actor=jd`)).text();
    expect(html).toContain(`http://localhost:${port}/feeds/actor/jd.ics`);
    expect(html).toContain(`webcal://localhost:${port}/feeds/actor/jd.ics`);
    expect(html).not.toContain("localhost:3000");
    expect(app.output()).not.toMatch(/FRISTVAKT_PUBLIC_URL/);
  } finally {
    app.child.kill("SIGTERM");
    await new Promise((resolve) => app.child.once("exit", resolve));
  }
});

test("npm start warns in one line when FRISTVAKT_PUBLIC_URL does not match where it runs", async () => {
  // The test server's own port is taken, so this start stops right after its checks.
  const app = start({ PORT: process.env.E2E_PORT ?? "3100", FRISTVAKT_PUBLIC_URL: "http://localhost:3000" });
  await new Promise((resolve) => app.child.once("exit", resolve));
  const warnings = app
    .output()
    .split("\n")
    .filter((line) => line.includes("FRISTVAKT_PUBLIC_URL"));
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain("http://localhost:3000");
  expect(warnings[0]).toContain(process.env.E2E_PORT ?? "3100");
});
