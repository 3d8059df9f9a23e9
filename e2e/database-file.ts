import os from "node:os";
import path from "node:path";

/** Where the e2e server leaves its database's address for the tests (one file per port). */
export function e2eDatabaseUrlFile(port: string): string {
  return path.join(os.tmpdir(), `fristvakt-e2e-${port}.url`);
}
