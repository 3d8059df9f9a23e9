// The one rule for settings that switch a part of Fristvakt on or off (FRISTVAKT_SCHEDULER,
// FRISTVAKT_SOURCES): unset, empty or "on" is on, "off" is off, in any case; anything else
// throws a sentence naming the setting, so "of" or "false" never silently leaves it on.
import type { Env } from "./whole-number";

export function isSwitchedOn(env: Env, name: string): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (!value || value === "on") return true;
  if (value === "off") return false;
  throw new Error(`${name} must be "on" or "off", not "${env[name]}".`);
}
