// Stortinget's sessions run from 1 October to 30 September ("2026-2027"). The export answers
// the current session when `sesjonid` is left out, but by its own clock; Fristvakt asks for
// the session of its own "now", so a pinned clock reads the session it expects. Pure.
import { osloClock } from "../model/oslo-clock";

export function stortingetSessionOn(now: Date): string {
  const oslo = osloClock(now);
  const year = oslo.getFullYear();
  const first = oslo.getMonth() >= 9 ? year : year - 1;
  return `${first}-${first + 1}`;
}

/** The export address with the current session filled in when the stored one names none. */
export function stortingetUrlFor(address: string, now: Date): string {
  const url = new URL(address);
  if (!url.searchParams.get("sesjonid")) url.searchParams.set("sesjonid", stortingetSessionOn(now));
  return url.toString();
}
