import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makePdf } from "./fixtures/make-pdf";
import { ImportInputError, MAX_IMPORT_BYTES, readImportBytes, readImportFile } from "./read-file";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fristvakt-read-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const bytes = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportInputError);
  return (error as Error).message;
}

describe("reading an import", () => {
  it("reads UTF-8 text and Markdown, and Windows-1252 text", async () => {
    expect(await readImportBytes(bytes("\ufeffHøringsfrist er 17. januar."), "a.txt")).toEqual({
      text: "Høringsfrist er 17. januar.",
      format: "text",
    });
    const latin = new Uint8Array(Buffer.from("Høringsfrist er 17. januar.", "latin1"));
    expect((await readImportBytes(latin, "b.txt")).text).toBe("Høringsfrist er 17. januar.");
  });

  it("reads a PDF's lines and, after each page, the addresses it links to", async () => {
    const pdf = makePdf([
      {
        lines: ["JD sendte 6. desember på høring et forslag, se her.", "Høringsfrist er 1. april."],
        links: ["https://www.regjeringen.no/horing"],
      },
      { lines: ["Side to"] },
    ]);
    const { text, format } = await readImportBytes(pdf, "nyhetsbrev.pdf");
    expect(format).toBe("pdf");
    expect(text).toBe(
      "JD sendte 6. desember på høring et forslag, se her.\nHøringsfrist er 1. april.\n\nhttps://www.regjeringen.no/horing\n\nSide to",
    );
  });

  it("refuses an empty file, a blank one, a binary one and a Word document", async () => {
    expect(await refusal(readImportBytes(new Uint8Array(), "tom.txt"))).toBe("tom.txt is empty: there is nothing to import.");
    expect(await refusal(readImportBytes(bytes(" \n\t\n"), "blank.txt"))).toContain("only blank space");
    expect(await refusal(readImportBytes(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0]), "program"))).toContain("binary");
    expect(await refusal(readImportBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), "brev.docx"))).toContain("Word document");
  });

  it("refuses a PDF without text and a broken PDF", async () => {
    expect(await refusal(readImportBytes(makePdf([{ lines: [] }]), "skannet.pdf"))).toContain("PDF without text");
    expect(await refusal(readImportBytes(bytes("%PDF-1.4 nothing more"), "brukket.pdf"))).toContain("could not be read as a PDF");
  });

  it("refuses a file over 20 MB before reading it", async () => {
    const big = path.join(dir, "stor.txt");
    fs.writeFileSync(big, "");
    fs.truncateSync(big, MAX_IMPORT_BYTES + 1);
    expect(await refusal(readImportFile(big))).toBe("stor.txt is 20.0 MB; the importer reads files up to 20.0 MB.");
  });

  it("says so when there is no such file", async () => {
    expect(await refusal(readImportFile(path.join(dir, "finnes-ikke.txt")))).toContain("There is no file");
    expect(await refusal(readImportFile(dir))).toContain("is not a file");
  });
});
