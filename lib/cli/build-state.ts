// Decides whether `npm start` must build first: the build is current when it was made from
// exactly the sources there are now.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const INPUTS = ["app", "lib", "public", "proxy.ts", "prisma/schema.prisma", "next.config.js", "tsconfig.json", "package-lock.json"];
const SKIP = new Set(["node_modules", ".next", ".data", "bench", "cli"]);
const STAMP = path.join(".next", "fristvakt-build-hash");

function collect(file: string, out: string[]): void {
  if (!fs.existsSync(file)) return;
  const stat = fs.statSync(file);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(file).sort()) {
      if (!SKIP.has(name)) collect(path.join(file, name), out);
    }
  } else if (!/\.test\.tsx?$/.test(file)) {
    out.push(file);
  }
}

export function sourceHash(root: string): string {
  const files: string[] = [];
  for (const input of INPUTS) collect(path.join(root, input), files);
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(path.relative(root, file));
    hash.update(fs.readFileSync(file));
  }
  return hash.digest("hex");
}

export function isBuildCurrent(root: string): boolean {
  const stamp = path.join(root, STAMP);
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID")) || !fs.existsSync(stamp)) return false;
  return fs.readFileSync(stamp, "utf8").trim() === sourceHash(root);
}

export function markBuildCurrent(root: string, hash: string): void {
  fs.writeFileSync(path.join(root, STAMP), `${hash}\n`);
}
