import type { ActionState, FieldMessages } from "../_components/action-state";
import type { SkipReason } from "@/lib/import/save";
import type { ProposedItem, UndatedNote } from "@/lib/import/extract";

export interface PreviewRow {
  item: ProposedItem;
  match: SkipReason | null;
  /** The proposal's times as the reader writes them ("kl. 09.00–15.30"), or null without a time. */
  times: string | null;
}

/** What reading a text gives the page: the proposals to show, and the same as JSON for the save. */
export type PreviewState =
  | { status: "idle" }
  /** `text` is what was pasted, so that a page sent back without JavaScript still holds it. */
  | { status: "error"; message: string; fieldErrors: FieldMessages; text?: string }
  /** `readId` is new on every reading, so the table starts afresh even for the same text. */
  | {
      status: "ok";
      message: string;
      /** "3 av forslagene er usikre …", or null when every proposal is sure. */
      unsureNotice: string | null;
      rows: PreviewRow[];
      notes: UndatedNote[];
      proposal: string;
      readId: string;
    };

export const PREVIEW_IDLE: PreviewState = { status: "idle" };

/** The actors and topics an editor can give a row instead of what the text said. */
export interface RowChoices {
  actors: { id: string; label: string }[];
  topics: { id: string; label: string }[];
}

/**
 * What saving gives the page: the sentence, and links to the items it created. `readId` names
 * the reading whose table was saved, so the answer stands by that table and no other.
 */
export type SaveState =
  (ActionState & { readId?: string }) | { status: "saved"; message: string; saved: { id: string; title: string }[]; readId: string };

/** Where each ticked row's values travel in the save form: "rows.<index>.<field>". */
export const ROW_FIELDS = ["key", "title", "sentOn", "deadline", "startOn", "endOn", "url", "actorId", "topicIds"] as const;
export const rowFieldName = (index: number, field: (typeof ROW_FIELDS)[number]) => `rows.${index}.${field}`;
