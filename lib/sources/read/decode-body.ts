// Bytes of a fetched document turned into text in the encoding the server or the document
// names. Older Norwegian feeds and pages still come as ISO-8859-1 or windows-1252; read as
// UTF-8 their "ø" would become "�". The order is the one browsers and feed readers follow:
// a byte-order mark, then the Content-Type header, then the document's own declaration.
const FALLBACK = "utf-8";

function supported(label: string | undefined | null): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

function fromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return null;
}

function fromContentType(contentType: string | null | undefined): string | null {
  const match = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? "");
  return supported(match?.[1]);
}

function fromDeclaration(bytes: Uint8Array): string | null {
  // The declaration is ASCII in every encoding a feed or page uses, so the head can be read as latin1.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  const meta = /<meta[^>]+charset\s*=\s*["']?([^"'\s/>;]+)/i.exec(head);
  return supported(xml?.[1]) ?? supported(meta?.[1]);
}

/** The document's text; `contentType` is the response's Content-Type header, if any. */
export function decodeBody(bytes: Uint8Array, contentType?: string | null): string {
  const encoding = fromBom(bytes) ?? fromContentType(contentType) ?? fromDeclaration(bytes) ?? FALLBACK;
  // TextDecoder drops a BOM that matches its encoding; replacement characters mark broken bytes.
  return new TextDecoder(encoding).decode(bytes);
}
