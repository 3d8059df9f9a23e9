// What a feed's stamp is made under (stamp-memo.ts): the content version, the Oslo day and
// the settings. Without the database, so that the server (lib/cli/serve-app.ts) can check it too.
import { currentTime } from "../deadlines/clock";
import type { Env } from "../settings/whole-number";
import type { FeedSettings } from "./feed-stamp";
import { getFeedWindow } from "./feed-window";
import { feedSettingsFromEnv } from "./settings";
import type { StampGeneration } from "./stamp-memo";

// The Oslo day changes once a day; working it out (time zones) is worth doing once a minute.
let dayOfMinute = { minute: -1, historyMonths: -1, today: "" };

function osloDayOf(now: Date, historyMonths: number): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (dayOfMinute.minute !== minute || dayOfMinute.historyMonths !== historyMonths) {
    dayOfMinute = { minute, historyMonths, today: getFeedWindow(now, historyMonths).today };
  }
  return dayOfMinute.today;
}

export function generationOf(contentVersion: string, time: { now: Date; historyMonths: number }, settings: FeedSettings): StampGeneration {
  return { contentVersion, today: osloDayOf(time.now, time.historyMonths), settings };
}

/** Whether a stamp made under `generation` holds now, `contentVersion` being the one held (null: none is). */
export function generationHolds(generation: StampGeneration, contentVersion: string | null, env: Env = process.env): boolean {
  if (contentVersion !== generation.contentVersion) return false;
  const settings = feedSettingsFromEnv(env);
  if (settings.baseUrl !== generation.settings.baseUrl || settings.historyMonths !== generation.settings.historyMonths) return false;
  return osloDayOf(currentTime(env), settings.historyMonths) === generation.today;
}
