// A paragraph whose subject is a body the issuer list does not know ("Frelsesarmeen arrangerer
// fagdag …", "Stiftelsen Kirkens Bymisjon inviterer til …"): its item is that body's, so it
// borrows no issuer from the heading or the paragraph before, and an editor is told whom the
// text names.
import type { DocParagraph, DocSentence } from "./document";
import type { Draft } from "./draft";
import { findIssuerMentions } from "./issuers";
import { isMonthName, weekdayNumber } from "./months";

// Capitalised words, then maybe a few more after "for", "mot", "av" …: "Foreininga Fritt Val",
// "Stiftelsen Ressurssenter for ofre". "Neste år arrangerer vi" names no one.
const NAME = String.raw`\p{Lu}[\p{L}&.'-]*(?:\s+\p{Lu}[\p{L}&.'-]*){0,4}(?:\s+(?:for|mot|i|av|og|på|til|om|med|fra)(?:\s+[\p{L}&.'-]+){1,3})?`;
const ORGANISES = new RegExp(
  String.raw`^(${NAME})\s+(?:har\s+(?:gleden\s+av\s+å\s+)?|vil\s+)?(?:arrangerer|arrangerar|arrangerte|inviterer|inviterte|invitere|holder|held|heldt|skipar|tilbyr|lanserer|arrangere|sender|sendte|sendt)\b`,
  "u",
);
// A name that stands for a body the text named before ("Vi", "Det nasjonale nettverket",
// "Departementet"): no new organiser.
const POINTS_BACK = /^(?:vi|de|dei|han|hun|ho|man|en|ein|det|den|dette|denne|disse|regjeringen|regjeringa)$/i;
const BODY_NOUN =
  /^\p{L}*(?:departement|direktorat|utvalg|komite|komité|sekretariat|prosjekt|nettverk|organisasjon|senter|etat|tilsyn|kontor|styre|råd|gruppe|ombud|arrangør|avdeling|institutt|stiftelse|stifting|forening|foreining|forbund|selskap|universitet|høgskole|høyskole|kommune|fylke|bedrift|firma|lag|lauget)(?:et|en|a|ane|ene)?$/iu;

function pointsBack(name: string): boolean {
  const words = name.split(/\s+/);
  return POINTS_BACK.test(words[0]) || BODY_NOUN.test(words.at(-1)!);
}

// A state that arranges ("Island arrangerte et møte i arbeidsgruppen") does so as a member of
// the body the text speaks of, not as an organisation of its own.
const STATES =
  /^(?:Norge|Noreg|Sverige|Danmark|Finland|Island|Færøyene|Færøyane|Grønland|Åland|Tyskland|Frankrike|Nederland|Belgia|Luxembourg|Polen|Estland|Latvia|Litauen|Storbritannia|Irland|Spania|Italia|Portugal|Hellas|Østerrike|Sveits|Tsjekkia|Slovakia|Ungarn|Romania|Bulgaria|Kroatia|Slovenia|Kypros|Malta|Ukraina|Moldova|USA|Canada)$/;

const cache = new WeakMap<DocSentence, string | null>();

/** The unknown body a sentence opens with as the one that arranges or sends, or null. */
export function unknownOrganiser(sentence: DocSentence): string | null {
  if (cache.has(sentence)) return cache.get(sentence)!;
  const m = ORGANISES.exec(sentence.text);
  const name = m ? m[1].trim() : null;
  const unknown = name && !pointsBack(name) && !STATES.test(name) && findIssuerMentions(name).length === 0 ? name : null;
  cache.set(sentence, unknown);
  return unknown;
}

/** The unknown body the paragraph's sentence (or its first) names as organiser. */
export function paragraphOrganiser(sentence: DocSentence): string | null {
  return unknownOrganiser(sentence) ?? unknownOrganiser(sentence.paragraph.sentences[0] ?? sentence);
}

// A paragraph that goes on about the one before: it opens with a word pointing back or with the
// deadline or kind of the thing already named ("Fristen er …", "Seminaret er gratis", "Påmelding …").
const GOES_ON =
  /^(?:(?:det|den|dette|denne|disse|dei|her|der|også|i tillegg|videre|merk|husk|obs)\b|\p{L}*(?:frist|påmelding|høring|høyring|forslag|notat|seminar|møt|konferans|kurs|webinar|arrangement|sak|innspill|innspel|svar|program)(?:en|et|a|ene|ane|t|n)?\b)/iu;

// Long words share a topic by their first letters: "arbeidsgruppe" and "arbeidsgruppemøte".
const STEM = 7;
const stemCache = new WeakMap<DocParagraph, Set<string>>();

function stems(paragraph: DocParagraph): Set<string> {
  let found = stemCache.get(paragraph);
  if (!found) {
    const words = paragraph.text.match(/\p{L}{7,}/gu) ?? [];
    found = new Set(words.filter((w) => !isMonthName(w) && weekdayNumber(w) === null).map((w) => w.toLowerCase().slice(0, STEM)));
    stemCache.set(paragraph, found);
  }
  return found;
}

/**
 * `paragraph` speaks of what `earlier` does: it opens by pointing back ("Fristen er …") or
 * shares a long word with it ("arbeidsgruppe" and "arbeidsgruppemøte").
 */
export function continuesFrom(paragraph: DocParagraph, earlier: DocParagraph): boolean {
  if (GOES_ON.test(paragraph.sentences[0]?.text ?? "")) return true;
  const before = stems(earlier);
  return [...stems(paragraph)].some((stem) => before.has(stem));
}

/** An item that names an unknown body as its organiser and has no issuer says so. */
export function withUnknownOrganisers(drafts: Draft[]): Draft[] {
  return drafts.map((draft) => {
    if (draft.issuer || !draft.sentences[0]) return draft;
    const name = paragraphOrganiser(draft.sentences[0]);
    if (!name) return draft;
    return {
      ...draft,
      warnings: [...draft.warnings, `Teksten nevner «${name}» som avsender eller arrangør, men den er ikke blant de kjente aktørene.`],
    };
  });
}
