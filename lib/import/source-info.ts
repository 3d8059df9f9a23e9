// What the Source row of an imported file says: a title from the text ("Nyhetsbrev fra KOM"
// and its period) or the file name, and a slug that is the same whenever the same text is
// imported again.
import { slugify } from "../model/slug";
import type { NewsletterPeriod } from "./extract";

export interface SourceInfo {
  slug: string;
  title: string;
  periodLabel: string | null;
}

const NEWSLETTER_NAME = /^[\s#*]*((?:Nyhetsbrev|Nyheitsbrev|Newsletter)\b[^\n]{0,80}?)[\s*]*$/im;

/** `contentHash`: a hash of the file's bytes, so the same file gets the same slug. */
export function describeSource(fileName: string, text: string, period: NewsletterPeriod | null, contentHash: string): SourceInfo {
  const name = NEWSLETTER_NAME.exec(text)?.[1]?.trim();
  const base = name ?? fileName.replace(/\.[^.]+$/, "");
  const title = period && !base.includes(period.label) ? `${base} ${period.label}` : base;
  return { slug: `${slugify(title, 60)}-${contentHash.slice(0, 8)}`, title, periodLabel: period?.label ?? null };
}
