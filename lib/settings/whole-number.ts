// Whole-number settings from the environment, read the same way everywhere: unset or empty
// gives the default; anything but a whole number within range throws a sentence naming the
// setting, so a typo stops `npm start` instead of silently becoming the default.
export type Env = Record<string, string | undefined>;

export interface WholeNumberSetting {
  fallback: number;
  min: number;
  max: number;
  /** What the number counts, for the message: "days", "megabytes". */
  unit?: string;
}

export function wholeNumberFromEnv(env: Env, name: string, setting: WholeNumberSetting): number {
  const raw = env[name]?.trim();
  if (!raw) return setting.fallback;
  const value = /^\d{1,12}$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= setting.min && value <= setting.max)) {
    const counted = setting.unit ? ` of ${setting.unit}` : "";
    throw new Error(`${name} must be a whole number${counted} from ${setting.min} to ${setting.max}, not "${raw}".`);
  }
  return value;
}
