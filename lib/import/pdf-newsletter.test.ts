// The same newsletter read from a PDF: pdfjs gives each page's lines and its links, and the
// reader finds the same items as in the newsletter's text (fixtures/kom-2024-q4.txt).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractItems } from "./extract";
import { makePdf, type PdfPage } from "./fixtures/make-pdf";
import { readImportBytes } from "./read-file";

const text = fs.readFileSync(path.join(import.meta.dirname, "fixtures", "kom-2024-q4.txt"), "utf8");
const isLink = (line: string) => /^\s*(https?:|mailto:)\S+\s*$/.test(line);

const LINES_PER_PAGE = 45;

/**
 * The text as PDF pages: the lines up to each block of links, with those links as the last
 * page's link annotations; a long stretch is spread over pages of 45 lines.
 */
function pagesOf(source: string): PdfPage[] {
  const stretches: PdfPage[] = [{ lines: [], links: [] }];
  for (const line of source.split("\n")) {
    const stretch = stretches.at(-1)!;
    if (isLink(line)) stretch.links!.push(line.trim());
    else if (stretch.links!.length > 0 && line.trim()) stretches.push({ lines: [line], links: [] });
    else stretch.lines.push(line);
  }
  return stretches.flatMap(({ lines, links }) => {
    const pages: PdfPage[] = [];
    for (let i = 0; i < lines.length; i += LINES_PER_PAGE) pages.push({ lines: lines.slice(i, i + LINES_PER_PAGE), links: [] });
    pages.at(-1)!.links = links;
    return pages;
  });
}

describe("a newsletter as PDF", () => {
  it("gives the same items as its text", async () => {
    const pages = pagesOf(text);
    expect(pages.length).toBeGreaterThan(10);
    const { text: fromPdf, format } = await readImportBytes(makePdf(pages), "kom.pdf");
    expect(format).toBe("pdf");
    const summary = (t: string) =>
      extractItems(t).items.map((i) => [i.kind, i.issuer?.slug, i.sentOn, i.deadline, i.startOn, i.endOn, i.url].join(" "));
    expect(summary(fromPdf)).toEqual(summary(text));
  });
});
