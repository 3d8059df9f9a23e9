// Source polling settings from the environment, read by entry points only (npm start, npm run
// sources); everything below takes them as parameters.
import { isSwitchedOn } from "../settings/switch";
import { wholeNumberFromEnv, type Env } from "../settings/whole-number";
import { publicBaseUrlFromEnv } from "../feeds/settings";

export interface PollSettings {
  /** Sent with every request, naming Fristvakt's public address so a site can reach us. */
  userAgent: string;
  /** Every request gives up after this long. */
  timeoutMs: number;
  /** The least time between two requests to one host. */
  hostSpacingMs: number;
}

export const DEFAULT_TIMEOUT_SECONDS = 20;
export const HOST_SPACING_MS = 1_500;

/** True unless FRISTVAKT_SOURCES=off: whether `npm start` polls the sources itself. */
export function isSourcePollingOn(env: Env = process.env): boolean {
  return isSwitchedOn(env, "FRISTVAKT_SOURCES");
}

export function userAgentFor(publicUrl: string): string {
  return `Fristvakt/1.0 (+${publicUrl}; hearings and deadlines for the partners against human trafficking)`;
}

export function pollSettingsFromEnv(env: Env = process.env): PollSettings {
  const timeoutSeconds = wholeNumberFromEnv(env, "FRISTVAKT_SOURCE_TIMEOUT", {
    fallback: DEFAULT_TIMEOUT_SECONDS,
    min: 1,
    max: 300,
    unit: "seconds",
  });
  return { userAgent: userAgentFor(publicBaseUrlFromEnv(env)), timeoutMs: timeoutSeconds * 1000, hostSpacingMs: HOST_SPACING_MS };
}
