import { describe, expect, it } from "vitest";
import { resolveSpecifier, serverOnlyProblem } from "./server-only";

describe("the server-only rule", () => {
  it("resolves the app's alias and relative imports to paths from the root", () => {
    expect(resolveSpecifier("app/items/[id]/page.tsx", "@/lib/db/client")).toBe("lib/db/client");
    expect(resolveSpecifier("lib/items/queries.ts", "../db/client")).toBe("lib/db/client");
    expect(resolveSpecifier("lib/auth/sessions.ts", "./viewer.ts")).toBe("lib/auth/viewer");
    expect(resolveSpecifier("lib/auth/sessions.ts", "next/headers")).toBeNull();
  });

  it("asks for the mark in a file that imports the database client or the session", () => {
    const page = 'import { getDb } from "@/lib/db/client";\nexport default async function Page() {}\n';
    expect(serverOnlyProblem("app/page.tsx", page)).toBe(
      'app/page.tsx imports lib/db/client but does not start with import "server-only".',
    );
    expect(serverOnlyProblem("app/page.tsx", `import "server-only";\n${page}`)).toBeNull();
    const viewer = 'import { getViewer } from "../auth/viewer";\n';
    expect(serverOnlyProblem("lib/auth/viewer-i18n.ts", viewer)).toMatch(/imports lib\/auth\/viewer/);
  });

  it("takes the mark after a directive, but not after another import", () => {
    const action = '"use server";\n\nimport "server-only";\nimport { getDb } from "@/lib/db/client";\n';
    expect(serverOnlyProblem("app/actions.ts", action)).toBeNull();
    const late = 'import { getDb } from "@/lib/db/client";\nimport "server-only";\n';
    expect(serverOnlyProblem("app/x.ts", late)).not.toBeNull();
    // A comment above the mark is fine: it is not a statement.
    expect(serverOnlyProblem("app/x.ts", `// Why this file exists.\nimport "server-only";\n${late}`)).toBeNull();
  });

  it("lets type-only imports and other modules pass", () => {
    expect(serverOnlyProblem("lib/items/queries.ts", 'import type { Db } from "../db/client";\n')).toBeNull();
    expect(serverOnlyProblem("lib/items/queries.ts", 'import { type Db } from "../db/client";\n')).toBeNull();
    expect(serverOnlyProblem("lib/items/queries.ts", 'import { createPrismaClient } from "../db/prisma";\n')).toBeNull();
    expect(serverOnlyProblem("app/x.tsx", 'import { getDb, type Db } from "@/lib/db/client";\n')).not.toBeNull();
  });
});
