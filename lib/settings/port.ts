// The one rule for port settings (PORT, SMTP_PORT, the port in FRISTVAKT_SMTP_URL): unset or
// empty gives the default; anything but a whole number from 1 to 65535 throws a sentence that
// names the setting, so a typo stops `npm start` instead of listening somewhere unexpected.
import type { Env } from "./whole-number";

/** Where the app listens when PORT is not set, as `next start` does. */
export const DEFAULT_PORT = 3000;

/** A port from a setting's text; `name` is how the sentence calls the setting. */
export function portFromText(raw: string | undefined, fallback: number, name: string): number {
  const text = raw?.trim();
  if (!text) return fallback;
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port >= 1 && port <= 65535)) throw new Error(`${name} must be a port number from 1 to 65535, not "${raw}".`);
  return port;
}

/** The port the app listens on, from PORT as `npm start` and `next start` read it. */
export function listeningPortFromEnv(env: Env = process.env): number {
  return portFromText(env.PORT, DEFAULT_PORT, "PORT");
}
