// Which body an item belongs to. The one that arranges, invites or sends ("i regi av X",
// "arrangert … av X", "X arrangerte", "JD sendte") comes first; a body that only took part
// ("KOM deltok", "deltar KOM", "sammen med JD", "i samarbeid med X") is never chosen. The
// sentence is searched first, then the rest of its paragraph, then its heading (which names
// what the section is about: "Østersjørådet (CBSS)"), then the paragraphs before it under
// that heading, nearest first.
import type { DocParagraph, DocSentence } from "./document";
import { findIssuerMentions, type IssuerMention } from "./issuers";
import type { IssuerRef } from "./types";
import { continuesFrom, paragraphOrganiser } from "./unknown-organiser";

type Role = "organiser" | "participant" | "named";

const ORGANISER_BEFORE =
  /\b(?:i regi av|(?:arrangert|arrangeres|arrangerast|avholdt|avholdes|organisert|organiseres|invitert|initiert|ledet|leia)\b[^,;]{0,40}?\bav)\s+[^,;.]{0,80}$/i;
const ORGANISER_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:har\s+)?(?:arrangerte|arrangerer|arrangerar|inviterer|inviterte|sendte|sender|avholdt|avholder|holder|lanserte|lyste|planlegger|planlegg|igangsatte|samlet|samla|inviterte)\b/i;
const PARTICIPANT_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:har\s+|hadde\s+)?(?:deltok|deltar|deltek|deltatt|ble invitert|vart invitert|blei invitert|holdt (?:presentasjon|innlegg|foredrag))/i;
// "sammen med JD og KOM" reaches to the next comma or verb: in "Sammen med JD deltar KOM i
// Østersjørådets arbeidsgruppe" the Council is where they take part, not a partner.
const PARTICIPANT_BEFORE =
  /(?:\b(?:deltok|deltar|deltek)\s+(?:også\s+)?|\b(?:sammen med|saman med|i samarbeid med|i samarbeid mellom)\s(?:(?!\b(?:deltar|deltok|deltek|arrangerer|arrangerte|er|var|har)\b)[^,.;])*)$/i;

// Roles are read from the words just around a name; looking no further keeps long texts linear.
const ROLE_REACH = 200;

function roleOf(text: string, mention: IssuerMention): Role {
  const before = text.slice(Math.max(0, mention.index - ROLE_REACH), mention.index);
  const after = text.slice(mention.endIndex, mention.endIndex + ROLE_REACH);
  if (PARTICIPANT_AFTER.test(after) || PARTICIPANT_BEFORE.test(before)) return "participant";
  if (ORGANISER_BEFORE.test(before) || ORGANISER_AFTER.test(after)) return "organiser";
  return "named";
}

interface Ranked {
  issuer: IssuerRef;
  role: Role;
}

// Each sentence, paragraph and heading is read for names once, however many items ask.
const rankedCache = new WeakMap<object, Ranked[]>();

function rankedIn(owner: object, text: string): Ranked[] {
  let ranked = rankedCache.get(owner);
  if (!ranked) {
    ranked = findIssuerMentions(text).map((m) => ({ issuer: m.issuer, role: roleOf(text, m) }));
    rankedCache.set(owner, ranked);
  }
  return ranked;
}

/** The best issuer in a group of texts: an organiser anywhere, else the first body named. */
function bestIn(ranked: Ranked[]): IssuerRef | null {
  return (ranked.find((r) => r.role === "organiser") ?? ranked.find((r) => r.role === "named"))?.issuer ?? null;
}

// How far from an item's sentence its issuer is looked for: in a paragraph of thousands of
// sentences (a text without blank lines) a name far away says nothing about this item.
const NEARBY_SENTENCES = 6;
const EARLIER_PARAGRAPHS = 4;

/** `focus` narrows the first search to the part of the sentence about one event. */
export function chooseIssuer(sentence: DocSentence, focus?: string): IssuerRef | null {
  const paragraph = sentence.paragraph;
  const near = paragraph.sentences.slice(Math.max(0, sentence.index - NEARBY_SENTENCES), sentence.index + NEARBY_SENTENCES + 1);
  const others = near.filter((s) => s !== sentence);
  const earlier = paragraph.section.paragraphs.slice(Math.max(0, paragraph.index - EARLIER_PARAGRAPHS), paragraph.index).reverse();
  const section = paragraph.section;
  // A paragraph about a body the list does not know is that body's: nothing is borrowed for it;
  // else it borrows from a paragraph before only when it goes on about the same thing. Both are
  // asked only once the item's own sentences name no body.
  const isUnknowns = () => paragraphOrganiser(sentence) !== null;
  const borrowsFrom = (p: DocParagraph) => !isUnknowns() && continuesFrom(paragraph, p);
  const levels: (() => Ranked[])[] = [
    ...(focus ? [() => findIssuerMentions(focus).map((m) => ({ issuer: m.issuer, role: roleOf(focus, m) }))] : []),
    () => rankedIn(sentence, sentence.text),
    () => others.flatMap((s) => rankedIn(s, s.text)),
    () => (section.heading && !isUnknowns() ? rankedIn(section, section.heading) : []),
    ...earlier.map((p) => () => (borrowsFrom(p) ? rankedIn(p, p.text) : [])),
  ];
  for (const level of levels) {
    const issuer = bestIn(level());
    if (issuer) return issuer;
  }
  return null;
}
