// Reading what an editor imports: text, Markdown or PDF, at most 20 MB. Anything else is
// refused with a sentence that says why, before anything is extracted or saved.
import fs from "node:fs/promises";
import path from "node:path";
import { extractPdfText } from "./pdf-text";

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type ImportRefusal =
  "too_large" | "empty" | "blank" | "binary" | "pdf_unreadable" | "pdf_no_text" | "no_file" | "too_slow" | "stopping";

/**
 * Input the importer cannot read; the message is for the person who gave it, and `reason`
 * lets a page say the same in the reader's language.
 */
export class ImportInputError extends Error {
  readonly reason: ImportRefusal;

  constructor(message: string, reason: ImportRefusal = "no_file") {
    super(message);
    this.reason = reason;
  }
}

export interface ImportText {
  text: string;
  format: "pdf" | "text";
}

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const KNOWN_BINARIES: [number[], string][] = [
  [[0x50, 0x4b, 0x03, 0x04], "a Word document or another ZIP file"],
  [[0xd0, 0xcf, 0x11, 0xe0], "an old Word or Excel document"],
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "a GIF image"],
];

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function decodeText(bytes: Uint8Array, name: string): string {
  const known = KNOWN_BINARIES.find(([signature]) => startsWith(bytes, signature));
  if (known)
    throw new ImportInputError(
      `${name} is ${known[1]}, not text, Markdown or PDF. Save it as PDF or plain text and import that.`,
      "binary",
    );
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: older Norwegian text files are Windows-1252.
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  const control = text.match(/[\u0000-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (text.includes("\u0000") || control > text.length * 0.01) {
    throw new ImportInputError(`${name} looks like a binary file, not text, Markdown or PDF.`, "binary");
  }
  return text.replace(/^\ufeff/, "");
}

/** The text of a file's bytes; `name` is only for messages. */
export async function readImportBytes(bytes: Uint8Array, name: string): Promise<ImportText> {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportInputError(
      `${name} is ${megabytes(bytes.length)}; the importer reads files up to ${megabytes(MAX_IMPORT_BYTES)}.`,
      "too_large",
    );
  }
  if (bytes.length === 0) throw new ImportInputError(`${name} is empty: there is nothing to import.`, "empty");
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
    let text: string;
    try {
      text = await extractPdfText(bytes);
    } catch (error) {
      throw new ImportInputError(`${name} could not be read as a PDF (${(error as Error).message}).`, "pdf_unreadable");
    }
    if (!text.replace(/https?:\/\/\S+/g, "").trim()) {
      throw new ImportInputError(
        `${name} is a PDF without text (perhaps scanned pages): there is nothing to read. Import its text instead.`,
        "pdf_no_text",
      );
    }
    return { text, format: "pdf" };
  }
  const text = decodeText(bytes, name);
  if (!text.trim()) throw new ImportInputError(`${name} holds only blank space: there is nothing to import.`, "blank");
  return { text, format: "text" };
}

export async function readImportFile(filePath: string): Promise<ImportText> {
  const name = path.basename(filePath);
  let stat;
  try {
    stat = await fs.stat(filePath);
  } catch {
    throw new ImportInputError(`There is no file ${filePath}.`);
  }
  if (!stat.isFile()) throw new ImportInputError(`${filePath} is not a file.`);
  if (stat.size > MAX_IMPORT_BYTES) {
    throw new ImportInputError(
      `${name} is ${megabytes(stat.size)}; the importer reads files up to ${megabytes(MAX_IMPORT_BYTES)}.`,
      "too_large",
    );
  }
  return readImportBytes(new Uint8Array(await fs.readFile(filePath)), name);
}
