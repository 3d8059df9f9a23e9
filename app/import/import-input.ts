import type { ProposedItem } from "@/lib/import/extract";
import type { ImportSaveInput } from "@/lib/import/import-schemas";
import { formatClockSpan, type Locale } from "@/lib/i18n/format";
import type { ImportInputError } from "@/lib/import/read-file";
import { formText } from "../_components/action-state";
import type { Messages } from "@/lib/i18n/messages";
import { ROW_FIELDS, rowFieldName } from "./import-state";

/** The uploaded file, or null when none was chosen (a browser then sends an empty, nameless one). */
export async function uploadFrom(formData: FormData): Promise<{ name: string; bytes: Uint8Array } | null> {
  const file = formData.get("file");
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) return null;
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** A proposal's times for the table ("kl. 09.00–15.30"), or null when the text gave none. */
export function timesOf(item: ProposedItem, locale: Locale): string | null {
  return item.startTime ? formatClockSpan(item.startTime, item.endTime, locale) : null;
}

/** Which reading's table was saved (a hidden field of the save form). */
export function readIdOf(formData: FormData): string {
  return formText(formData, "readId");
}

/** The pasted text as the form sent it ("" when none). */
export function pastedText(formData: FormData): string {
  return formText(formData, "text");
}

/** The ticked rows of the save form, each with the values its inputs hold. */
export function savedRowsFrom(formData: FormData): ImportSaveInput["rows"] {
  return formData.getAll("include").map((index) => {
    const value = (field: (typeof ROW_FIELDS)[number]) => (formData.get(rowFieldName(Number(index), field)) as string | null) ?? null;
    const topicIds = formData.getAll(rowFieldName(Number(index), "topicIds")).filter((id): id is string => typeof id === "string");
    return {
      key: value("key") ?? "",
      title: value("title") ?? "",
      sentOn: value("sentOn"),
      deadline: value("deadline"),
      startOn: value("startOn"),
      endOn: value("endOn"),
      url: value("url"),
      actorId: value("actorId"),
      topicIds,
    };
  });
}

/** The reader's words for input the importer cannot read. */
export function refusalText(error: ImportInputError, m: Messages): string {
  const i = m.editor.import;
  switch (error.reason) {
    case "too_large":
      return i.tooLarge;
    case "empty":
      return i.empty;
    case "blank":
      return i.blank;
    case "binary":
      return i.binary;
    case "pdf_unreadable":
      return i.pdfUnreadable;
    case "pdf_no_text":
      return i.pdfNoText;
    case "no_file":
      return i.noInput;
    case "too_slow":
      return i.tooSlow;
    case "stopping":
      return i.stopping;
  }
}
