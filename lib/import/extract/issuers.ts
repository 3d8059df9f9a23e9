// Finds the bodies a text names: short names ("JD", "OSSEs"), full names in any case of
// their first letter, definite or not ("nytt voldtektsutvalg" / "Voldtektsutvalget"), with
// an abbreviation in brackets inside ("selvmordsforebygging (RVTS) Øst"), and a rotating
// EU presidency ("Sveriges formannskap i Rådet for EU").
import { findKnownIssuer, KNOWN_ISSUERS, type IssuerDefinition } from "./issuer-list";
import { slugify } from "../../model/slug";
import type { IssuerRef } from "./types";

export interface IssuerMention {
  issuer: IssuerRef;
  index: number;
  endIndex: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const BEFORE = String.raw`(?<![\p{L}\d])`;
const AFTER = String.raw`(?![\p{L}\d])`;

function isAbbreviation(variant: string): boolean {
  return /^[\p{Lu}\d]{2,}\p{Ll}?$/u.test(variant);
}

function optionalDefinite(word: string): string {
  const m = /^(.{4,}?)(et|en)$/u.exec(word);
  return m ? `${escape(m[1])}(?:${m[2]})?` : escape(word);
}

function namePattern(name: string): string {
  const words = name.split(/\s+/);
  const parts = words.map((word, i) => (i === 0 || i === words.length - 1 ? optionalDefinite(word) : escape(word)));
  const first = parts[0].replace(/^(\\?)(\p{L})/u, (_, slash: string, ch: string) => `[${ch.toUpperCase()}${ch.toLowerCase()}]`);
  // Between words: spaces, or "(ABBR)" that a text puts inside the name.
  return [first, ...parts.slice(1)].join(String.raw`\s+(?:\([^)]{1,20}\)\s+)?`) + "s?";
}

function variantPattern(variant: string): string {
  // An abbreviation followed by ".letter" is a mail address or a host name (KOM.pod@…).
  if (isAbbreviation(variant)) return `${escape(variant)}(?:s|'s)?${AFTER}(?!\\.\\p{L})`;
  return namePattern(variant);
}

interface Matcher {
  issuer: IssuerDefinition;
  source: string;
  sticky: RegExp;
}

const MATCHERS: Matcher[] = KNOWN_ISSUERS.map((issuer) => {
  const variants = [...new Set([issuer.shortName, issuer.name, ...issuer.aliases])];
  const alternatives = variants.map(variantPattern).sort((a, b) => b.length - a.length);
  const source = `${BEFORE}(?:${alternatives.join("|")})${AFTER}`;
  return { issuer, source, sticky: new RegExp(source, "yu") };
});

// The bodies whose names can start with a letter (lower-cased): the only ones worth trying there.
const BY_FIRST_LETTER = new Map<string, Matcher[]>();
for (const matcher of MATCHERS) {
  const { issuer } = matcher;
  const firsts = new Set([issuer.shortName, issuer.name, ...issuer.aliases].map((v) => v.charAt(0).toLowerCase()));
  for (const letter of firsts) BY_FIRST_LETTER.set(letter, [...(BY_FIRST_LETTER.get(letter) ?? []), matcher]);
}

// One pass over the text finds where any name starts; only there is each body's own pattern
// tried, so a long text is read once rather than once per known body.
const ANY_NAME = new RegExp(MATCHERS.map((m) => `(?:${m.source})`).join("|"), "gu");

/** The longest name that starts exactly at `index`, or null. */
function longestAt(text: string, index: number): IssuerMention | null {
  let best: IssuerMention | null = null;
  for (const { issuer, sticky } of BY_FIRST_LETTER.get(text.charAt(index).toLowerCase()) ?? MATCHERS) {
    sticky.lastIndex = index;
    const m = sticky.exec(text);
    if (m && (!best || index + m[0].length > best.endIndex)) best = { issuer: toRef(issuer), index, endIndex: index + m[0].length };
  }
  return best;
}

const PRESIDENCY = new RegExp(
  String.raw`${BEFORE}(\p{Lu}\p{Ll}+?)s\s+(?:EU-)?formannskap(?:et)?\s+i\s+(?:Rådet\s+for\s+(?:EU|Den\s+europeiske\s+union)|EU)${AFTER}`,
  "gu",
);

function toRef(issuer: IssuerDefinition): IssuerRef {
  return { slug: issuer.slug, shortName: issuer.shortName, name: issuer.name, type: issuer.type };
}

function presidencies(text: string): IssuerMention[] {
  return [...text.matchAll(PRESIDENCY)].map((m) => {
    const country = m[1];
    const slug = `eu-formannskapet-${slugify(country)}`;
    const known = findKnownIssuer(slug);
    const issuer: IssuerRef = known
      ? toRef(known)
      : {
          slug,
          shortName: `${country}s EU-formannskap`,
          name: `${country}s formannskap i Rådet for Den europeiske union`,
          type: "INTERNATIONAL",
        };
    return { issuer, index: m.index, endIndex: m.index + m[0].length };
  });
}

/** Every body named in `text`, in order; where two names overlap the longer wins. */
export function findIssuerMentions(text: string): IssuerMention[] {
  const found: IssuerMention[] = presidencies(text);
  const any = ANY_NAME;
  any.lastIndex = 0;
  for (let m = any.exec(text); m; m = any.exec(text)) {
    const longest = longestAt(text, m.index);
    if (!longest) break;
    found.push(longest);
    any.lastIndex = Math.max(longest.endIndex, m.index + 1);
  }
  found.sort((a, b) => a.index - b.index || b.endIndex - a.endIndex);
  const kept: IssuerMention[] = [];
  for (const m of found) {
    const last = kept.at(-1);
    if (last && m.index < last.endIndex) continue;
    kept.push(m);
  }
  return kept;
}

export function issuerBySlug(slug: string): IssuerRef | null {
  const known = findKnownIssuer(slug);
  return known ? toRef(known) : null;
}

const byEnglishName = new Map(
  KNOWN_ISSUERS.filter((issuer) => issuer.englishName).map((issuer) => [issuer.englishName!.toLowerCase(), issuer]),
);

/**
 * The body whose English name a whole value is ("Issuer: Ministry of Justice and Public
 * Security"). Only labelled values are looked up this way: searching running text for English
 * names too would slow every text down for the few English ones.
 */
export function issuerByEnglishName(value: string): IssuerRef | null {
  const known = byEnglishName.get(
    value
      .trim()
      .replace(/[.,;]$/, "")
      .replace(/\s+/g, " ")
      .toLowerCase(),
  );
  return known ? toRef(known) : null;
}
