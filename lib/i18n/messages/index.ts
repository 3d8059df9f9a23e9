import { en } from "./en";
import { nb, type Messages } from "./nb";
import type { Locale } from "../locale";

export type { Messages };

const MESSAGES: Record<Locale, Messages> = { nb, en };

export function getMessages(locale: Locale): Messages {
  return MESSAGES[locale];
}

/** Fills "{name}" placeholders; a missing value leaves the placeholder visible, never "undefined". */
export function interpolate(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
