import { en } from "./en";
import { nb, type Messages } from "./nb";
import type { Locale } from "../locale";

export type { Messages };

const MESSAGES: Record<Locale, Messages> = { nb, en };

export function getMessages(locale: Locale): Messages {
  return MESSAGES[locale];
}

/**
 * Fills "{name}" placeholders; a missing value leaves the placeholder visible, never "undefined".
 * "{count|sak|saker}" picks the word for the number: the first for one, the second otherwise
 * (Bokmål and English agree on that rule for whole numbers, so "1 sak", "0 saker", "2 items").
 */
export function interpolate(template: string, values: Record<string, string | number> = {}): string {
  return template
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, key: string, one: string, other: string) =>
      key in values ? (Number(values[key]) === 1 ? one : other) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
