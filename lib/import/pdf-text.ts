// Text out of a PDF with pdfjs-dist (its legacy build runs on Node 20): each page's lines,
// a blank line where the page leaves a gap between paragraphs, then the addresses its links
// point to, one a line, as the importer expects a PDF's text.
import path from "node:path";
import { createRequire } from "node:module";

interface TextPiece {
  str?: string;
  hasEOL?: boolean;
  height?: number;
  transform?: number[];
}

interface Annotation {
  subtype?: string;
  url?: string;
}

interface Line {
  text: string;
  y: number | null;
}

// Fonts the PDF names but does not embed; without them pdfjs warns and may misplace text.
function standardFontsDir(): string {
  const require = createRequire(import.meta.url);
  const resolved: unknown = require.resolve("pdfjs-dist/package.json");
  // Bundled into the Next server, require.resolve answers a module id rather than a path; the
  // package is then where the app runs from.
  const manifest = typeof resolved === "string" ? resolved : path.join(process.cwd(), "node_modules", "pdfjs-dist", "package.json");
  return `${path.join(path.dirname(manifest), "standard_fonts")}${path.sep}`;
}

function linesOf(pieces: TextPiece[]): Line[] {
  const lines: Line[] = [];
  let current: Line = { text: "", y: null };
  for (const piece of pieces) {
    if (piece.str === undefined) continue;
    if (current.y === null && piece.transform) current.y = piece.transform[5];
    current.text += piece.str;
    if (piece.hasEOL) {
      lines.push(current);
      current = { text: "", y: null };
    }
  }
  if (current.text) lines.push(current);
  return lines;
}

/** The page's lines, with a blank line wherever the gap above a line is wider than usual. */
function pageText(pieces: TextPiece[]): string {
  const lines = linesOf(pieces);
  const gaps = lines
    .slice(1)
    .map((line, i) => (lines[i].y ?? 0) - (line.y ?? 0))
    .filter((gap) => gap > 0);
  const usual = gaps.length > 0 ? [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] : 0;
  return lines
    .map((line, i) => {
      const gap = i > 0 && lines[i - 1].y !== null && line.y !== null ? lines[i - 1].y! - line.y : 0;
      return (usual > 0 && gap > usual * 1.5 ? "\n" : "") + line.text;
    })
    .join("\n")
    .trim();
}

/** The text of every page, pages separated by a blank line; throws when the data is no PDF. */
export async function extractPdfText(data: Uint8Array): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({
    data,
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    standardFontDataUrl: standardFontsDir(),
  });
  const doc = await task.promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      const links = ((await page.getAnnotations()) as Annotation[])
        .filter((a) => a.subtype === "Link" && typeof a.url === "string")
        .map((a) => a.url as string);
      pages.push([pageText(content.items as TextPiece[]), links.join("\n")].filter(Boolean).join("\n\n"));
      page.cleanup();
    }
    return pages.join("\n\n");
  } finally {
    await doc.destroy();
  }
}
