// Calendar clients ask for gzip (some for brotli) on every poll. A feed's compressed bytes are
// made once per ETag and kept beside its plain bytes (rendered-cache.ts), so a poll costs a
// copy, not a compression of hundreds of kilobytes.
//
// Next.js drops a Content-Encoding header set by a route handler and compresses the body
// again itself, so a feed sends compressed bytes only where `npm start` (lib/cli) has loaded
// lib/cli/pass-content-encoding.mjs, which passes ENCODING_HEADER on as Content-Encoding;
// elsewhere (next dev) it sends plain bytes and Next.js compresses them.
export type ContentEncoding = "br" | "gzip" | "identity";

export const ENCODING_HEADER = "x-fristvakt-content-encoding";

/** True in a server that passes ENCODING_HEADER on as Content-Encoding. */
export function canSendEncoded(): boolean {
  return (globalThis as { fristvaktPassesContentEncoding?: boolean }).fristvaktPassesContentEncoding === true;
}

/**
 * The encoding to answer an Accept-Encoding header with (RFC 9110 12.5.3): brotli before gzip
 * at equal weight, none when the client names neither or refuses both with q=0.
 */
export function chooseEncoding(acceptEncoding: string | null): ContentEncoding {
  if (!acceptEncoding) return "identity";
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [name, ...params] = part.split(";");
    const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name.trim().toLowerCase(), Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (coding: string) => weights.get(coding) ?? weights.get("*") ?? 0;
  const br = weightOf("br");
  const gzip = Math.max(weightOf("gzip"), weights.get("x-gzip") ?? 0);
  if (br > 0 && br >= gzip) return "br";
  if (gzip > 0) return "gzip";
  return "identity";
}
