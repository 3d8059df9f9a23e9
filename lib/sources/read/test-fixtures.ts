// Reads a file of lib/sources/fixtures/ for the readers' tests.
import { readFileSync } from "node:fs";
import path from "node:path";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), "utf8");
}
