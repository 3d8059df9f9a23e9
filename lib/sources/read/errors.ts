// A reader throws this only when a document is not of its format at all (an HTML error page
// where an RSS file was expected, a calendar that is not iCalendar). Content it merely does not
// understand yields entries with a `reviewReason` instead, so a poll never loses what it read.
export type SourceFormat = "feed" | "regjeringen-page" | "stortinget-export" | "calendar";

export class SourceFormatError extends Error {
  readonly format: SourceFormat;

  constructor(format: SourceFormat, message: string) {
    super(message);
    this.name = "SourceFormatError";
    this.format = format;
  }
}
