// Text PostgreSQL cannot keep. A NUL character is refused by PostgreSQL's text types (error
// 22021), and a lone UTF-16 surrogate (half of a character, as only a broken or hostile client
// sends) would be stored silently as "�". Every text that reaches the database passes this one
// rule at validation: mutations' input (parseInput), sign-in, URLs (proxy.ts), search words.
// Pure: no Prisma, so client code and tests can use it.

/** NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

/**
 * The name of the first field of `input` (nested fields as "rows.0.title") holding a string
 * PostgreSQL cannot keep, "" when `input` is such a string itself, or null when all is well.
 * Walks plain objects, arrays and FormData-like values; the depth is bounded.
 */
export function findUnstorableField(input: unknown, path = "", depth = 0): string | null {
  if (typeof input === "string") return isStorableText(input) ? null : path;
  if (depth > 8 || input === null || typeof input !== "object") return null;
  const entries: [string, unknown][] = Array.isArray(input)
    ? input.map((value, index) => [String(index), value])
    : input instanceof Date
      ? []
      : Object.entries(input);
  for (const [key, value] of entries) {
    if (!isStorableText(key)) return path ? `${path}.${key}` : key;
    const found = findUnstorableField(value, path ? `${path}.${key}` : key, depth + 1);
    if (found !== null) return found;
  }
  return null;
}
