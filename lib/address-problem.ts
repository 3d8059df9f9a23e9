// Addresses no route can take, refused with a plain 400 before any route runs: a path with
// broken percent-encoding ("/items/%ZZ", an encoded half of a character) cannot be decoded
// into route parameters, and Next.js would answer it with a bare 500; a NUL or a lone
// surrogate would reach PostgreSQL as text it refuses (lib/storable-text.ts). Pure.
import { isStorableText } from "./storable-text";

export const INVALID_ADDRESS = "Ugyldig adresse / Invalid address";
export const UNSTORABLE_ADDRESS = "Adressen inneholder et nulltegn eller et halvt tegn / The address contains a NUL or half a character";

/** The sentence to answer `pathAndQuery` (as in the request line) with, or null when it is fine. */
export function addressProblem(pathAndQuery: string): string | null {
  const mark = pathAndQuery.indexOf("?");
  const pathname = mark < 0 ? pathAndQuery : pathAndQuery.slice(0, mark);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return INVALID_ADDRESS;
  }
  if (!isStorableText(decoded)) return UNSTORABLE_ADDRESS;
  if (mark < 0) return null;
  for (const [key, value] of new URLSearchParams(pathAndQuery.slice(mark + 1))) {
    if (!isStorableText(key) || !isStorableText(value)) return UNSTORABLE_ADDRESS;
  }
  return null;
}
