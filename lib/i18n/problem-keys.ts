// The keys lib gives as a field problem's reason (and zod schemas as their message). lib
// speaks no language: these keys name a sentence in the problem messages (problems-nb.ts,
// problems-en.ts) or the editor's validation messages, whose words the pages show. Pure.
import type { EditorMessages } from "./messages/editor-nb";
import type { ProblemMessages } from "./messages/problems-nb";
import type { sourcesNb } from "./messages/sources-nb";

export type ProblemKey = keyof ProblemMessages["fields"];
export type EditorProblemKey = keyof EditorMessages["validation"];
export type SourceProblemKey = keyof (typeof sourcesNb)["validation"];

function keysOf<K extends string>(keys: readonly K[]): { readonly [Key in K]: Key } {
  return Object.fromEntries(keys.map((key) => [key, key])) as { [Key in K]: Key };
}

/** The editor's validation keys, used by lib/items and lib/import. */
export const EDITOR_PROBLEM = keysOf<EditorProblemKey>([
  "kindRequired",
  "titleRequired",
  "titleTooLong",
  "textTooLong",
  "dateFormat",
  "timeFormat",
  "urlFormat",
  "actorRequired",
  "actorUnknown",
  "topicUnknown",
  "hearingDeadlineRequired",
  "deadlineRequired",
  "deadlineBeforeSent",
  "startRequired",
  "endBeforeStart",
  "startTimeRequired",
  "endTimeBeforeStart",
  "reasonRequired",
  "nameRequired",
  "nameTooLong",
  "nameNeedsLetters",
  "sameActor",
  "unknownItem",
  "unknownActor",
  "version",
  "actorExists",
  "topicExists",
  "alreadyCancelled",
  "notCancelled",
  "importUnreadable",
  "importRowUnknown",
  "importNothingChosen",
]);

/** Account, organisation, response and reminder field problems. */
export const PROBLEM = keysOf<ProblemKey>([
  "invalidValue",
  "nameRequired",
  "nameTooShort",
  "nameTooLong",
  "emailInvalid",
  "emailTooLong",
  "passwordTooShort",
  "passwordTooLong",
  "passwordsDiffer",
  "passwordWrong",
  "roleRequired",
  "memberNeedsOrganisation",
  "organisationRequired",
  "organisationGone",
  "unknownUser",
  "unstorableText",
  "unknownColleague",
  "unknownOrganisation",
  "unknownFeedLink",
  "unknownItem",
  "statusRequired",
  "versionUnknown",
  "dateFormat",
  "answeredInFuture",
  "answeredOnWithoutAnswer",
  "internalDeadlineAfterDeadline",
  "urlFormat",
  "urlTooLong",
  "noteTooLong",
  "daysFormat",
  "tooManyDays",
  "weekdayRequired",
  "digestTimeFormat",
  "unknownActor",
  "unknownTopic",
  "unknownKind",
  "actorGone",
  "topicGone",
  "tokenInvalid",
]);

/** The sources pages' and inbox's validation keys, used by lib/sources. */
export const SOURCE_PROBLEM = keysOf<SourceProblemKey>([
  "typeRequired",
  "sourceUrlFormat",
  "sourceNameRequired",
  "sourceNameTooLong",
  "modeRequired",
  "intervalRange",
  "sourceExists",
  "unknownSource",
  "unknownProposal",
  "alreadyDecided",
  "termRequired",
  "termTooLong",
]);
