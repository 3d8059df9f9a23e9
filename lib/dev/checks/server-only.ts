// The rule dependency-cruiser cannot express: a file that imports the app's database client or
// the session must itself start with `import "server-only"` (after a "use server" directive),
// so that reaching it from a client component fails the build at that file, and a reader sees
// at once that it never runs in the browser. Type-only imports do not count: they are erased.
// The Prisma client factory (lib/db/prisma.ts) is not on the list: the command-line tools
// (lib/cli) use it outside Next.js, where "server-only" would throw.
import ts from "typescript";

/** The modules whose importers must be server-only, by path from the project root without extension. */
export const SERVER_ONLY_TARGETS = ["lib/db/client", "lib/auth/viewer", "lib/auth/config"];

/** Where an import specifier points, from the project root, without extension; null for packages. */
export function resolveSpecifier(fromFile: string, specifier: string): string | null {
  let target: string;
  if (specifier.startsWith("@/")) target = specifier.slice(2);
  else if (specifier.startsWith(".")) target = joinPath(dirOf(fromFile), specifier);
  else return null;
  return target.replace(/\.(tsx?|mjs|js)$/, "").replace(/\/index$/, "");
}

function dirOf(file: string): string {
  return file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
}

function joinPath(dir: string, relative: string): string {
  const parts = dir ? dir.split("/") : [];
  for (const part of relative.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.join("/");
}

/** True when the import brings in a value (not only types). */
function isValueImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return true;
  if (clause.isTypeOnly) return false;
  if (clause.name) return true;
  const bindings = clause.namedBindings;
  if (!bindings || ts.isNamespaceImport(bindings)) return true;
  return bindings.elements.length === 0 || bindings.elements.some((element) => !element.isTypeOnly);
}

/**
 * The sentence for a file that breaks the rule, or null. `file` is its path from the project
 * root (used to resolve relative imports), `source` its text.
 */
export function serverOnlyProblem(file: string, source: string): string | null {
  const sourceFile = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    false,
    file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const statements = [...sourceFile.statements];
  const reached = statements.flatMap((statement) => {
    if (!ts.isImportDeclaration(statement) || !isValueImport(statement)) return [];
    const target = resolveSpecifier(file, (statement.moduleSpecifier as ts.StringLiteral).text);
    return target && SERVER_ONLY_TARGETS.includes(target) ? [target] : [];
  });
  if (reached.length === 0) return null;
  const first = statements.find((statement) => !(ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression)));
  const isMarked =
    first !== undefined &&
    ts.isImportDeclaration(first) &&
    !first.importClause &&
    (first.moduleSpecifier as ts.StringLiteral).text === "server-only";
  return isMarked ? null : `${file} imports ${reached.join(" and ")} but does not start with import "server-only".`;
}
