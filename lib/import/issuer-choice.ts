// Which body an item belongs to. The one that arranges, invites or sends ("i regi av X",
// "arrangert … av X", "X arrangerte", "JD sendte") comes first; a body that only took part
// ("KOM deltok", "deltar KOM", "sammen med JD", "i samarbeid med X") is never chosen. The
// sentence is searched first, then the rest of its paragraph, then its heading (which names
// what the section is about: "Østersjørådet (CBSS)"), then the paragraphs before it under
// that heading, nearest first.
import type { DocSentence } from "./document";
import { findIssuerMentions, type IssuerMention } from "./issuers";
import type { IssuerRef } from "./types";

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

function roleOf(text: string, mention: IssuerMention): Role {
  const before = text.slice(0, mention.index);
  const after = text.slice(mention.endIndex);
  if (PARTICIPANT_AFTER.test(after) || PARTICIPANT_BEFORE.test(before)) return "participant";
  if (ORGANISER_BEFORE.test(before) || ORGANISER_AFTER.test(after)) return "organiser";
  return "named";
}

/** The best issuer in a group of texts: an organiser anywhere, else the first body named. */
function bestIn(texts: string[]): IssuerRef | null {
  const ranked = texts.flatMap((text) => findIssuerMentions(text).map((m) => ({ issuer: m.issuer, role: roleOf(text, m) })));
  return (ranked.find((r) => r.role === "organiser") ?? ranked.find((r) => r.role === "named"))?.issuer ?? null;
}

/** `focus` narrows the first search to the part of the sentence about one event. */
export function chooseIssuer(sentence: DocSentence, focus?: string): IssuerRef | null {
  const paragraph = sentence.paragraph;
  const others = paragraph.sentences.filter((s) => s !== sentence).map((s) => s.text);
  const earlier = paragraph.section.paragraphs.slice(0, paragraph.index).reverse();
  const levels: string[][] = [
    ...(focus ? [[focus]] : []),
    [sentence.text],
    others,
    paragraph.section.heading ? [paragraph.section.heading] : [],
    ...earlier.map((p) => [p.text]),
  ];
  for (const texts of levels) {
    const issuer = bestIn(texts);
    if (issuer) return issuer;
  }
  return null;
}
