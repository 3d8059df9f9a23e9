// A kept page is served to many visitors, and each response carries a CSP nonce of its own
// (lib/csp). The cache therefore renders with a placeholder nonce, keeps the HTML cut where
// the placeholder stands (script tags and the router's payload both carry it), and puts each
// response's own nonce into the cuts when it sends the page.
export type Pieces = readonly Uint8Array[];

/** `body` cut at every occurrence of `placeholder`; one piece when there is none. */
export function cutAtPlaceholder(body: Uint8Array, placeholder: string): Uint8Array[] {
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const mark = Buffer.from(placeholder);
  const pieces: Uint8Array[] = [];
  let start = 0;
  for (let at = bytes.indexOf(mark, start); at !== -1; at = bytes.indexOf(mark, start)) {
    pieces.push(body.subarray(start, at));
    start = at + mark.length;
  }
  pieces.push(body.subarray(start));
  return pieces;
}

/** The pieces with `nonce` between each two: the chunks of one response's body. */
export function joinWithNonce(pieces: Pieces, nonce: string): Uint8Array[] {
  if (pieces.length === 1) return [pieces[0]];
  const value = Buffer.from(nonce);
  const chunks: Uint8Array[] = [];
  pieces.forEach((piece, index) => {
    if (index > 0) chunks.push(value);
    chunks.push(piece);
  });
  return chunks;
}

export function piecesLength(pieces: Pieces): number {
  return pieces.reduce((sum, piece) => sum + piece.byteLength, 0);
}
