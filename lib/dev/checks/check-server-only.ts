// `npm run lint`: every file in app/ and lib/ that imports the database client or the session
// starts with `import "server-only"` (the rule is in ./server-only.ts). Prints each file that
// does not, and fails.
import fs from "node:fs";
import path from "node:path";
import { serverOnlyProblem } from "./server-only";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SKIPPED = [/^lib\/db\/generated\//, /^lib\/dev\//, /\.test\.tsx?$/];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !SKIPPED.some((pattern) => pattern.test(relative)) ? [relative] : [];
  });
}

const files = [...sourceFiles("app"), ...sourceFiles("lib"), "proxy.ts"];
const problems = files.flatMap((file) => serverOnlyProblem(file, fs.readFileSync(path.join(ROOT, file), "utf8")) ?? []);
for (const problem of problems) console.error(problem);
if (problems.length > 0) {
  console.error(`${problems.length} file(s) reach the database or the session without import "server-only".`);
  process.exit(1);
}
console.log(`server-only: ${files.length} files checked.`);
