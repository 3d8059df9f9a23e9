import { describe, expect, it } from "vitest";
import { cutAtPlaceholder, joinWithNonce, piecesLength } from "./nonce-slots";

const text = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString("utf8");

describe("nonce slots", () => {
  const placeholder = "PH0lder+/xx==";
  const html = `<script nonce="${placeholder}" src="/a.js"></script><p>Høring – æøå</p><script nonce="${placeholder}">self.__next_f.push([1,"{\\"nonce\\":\\"${placeholder}\\"}"])</script>`;

  it("puts each response's nonce everywhere the render's placeholder stood", () => {
    const pieces = cutAtPlaceholder(new TextEncoder().encode(html), placeholder);
    expect(pieces).toHaveLength(4);
    expect(piecesLength(pieces)).toBe(Buffer.byteLength(html) - 3 * placeholder.length);
    const first = text(joinWithNonce(pieces, "Zmlyc3Q="));
    const second = text(joinWithNonce(pieces, "c2Vjb25k"));
    expect(first).toBe(html.replaceAll(placeholder, "Zmlyc3Q="));
    expect(second).toBe(html.replaceAll(placeholder, "c2Vjb25k"));
    expect(first).not.toContain(placeholder);
  });

  it("sends a page without a placeholder as it is", () => {
    const body = new TextEncoder().encode("<p>Ingen skript</p>");
    const pieces = cutAtPlaceholder(body, placeholder);
    expect(pieces).toHaveLength(1);
    expect(text(joinWithNonce(pieces, "x"))).toBe("<p>Ingen skript</p>");
  });

  it("finds placeholders at the very start and end", () => {
    const pieces = cutAtPlaceholder(new TextEncoder().encode(`${placeholder}mid${placeholder}`), placeholder);
    expect(text(joinWithNonce(pieces, "N"))).toBe("NmidN");
  });
});
