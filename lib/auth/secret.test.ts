import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUTH_SECRET_FILE, resolveAuthSecret } from "./secret";

const tempDir = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "fristvakt-secret-")), "data");

describe("resolveAuthSecret", () => {
  it("uses AUTH_SECRET when it is set, and writes nothing", () => {
    const dir = tempDir();
    expect(resolveAuthSecret(dir, { AUTH_SECRET: "from-the-environment" })).toEqual({ secret: "from-the-environment", isFromFile: false });
    expect(fs.existsSync(dir)).toBe(false);
  });

  it("creates a random secret once, readable by the owner only, and keeps it", () => {
    const dir = tempDir();
    const first = resolveAuthSecret(dir, {});
    expect(first.isFromFile).toBe(true);
    expect(first.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(fs.statSync(path.join(dir, AUTH_SECRET_FILE)).mode & 0o077).toBe(0);
    expect(resolveAuthSecret(dir, { AUTH_SECRET: "" }).secret).toBe(first.secret);
    expect(resolveAuthSecret(tempDir(), {}).secret).not.toBe(first.secret);
  });
});
