import { closingSoonDaysFromEnv, currentTime } from "../deadlines";
import type { TimeContext } from "./queries";

/** "Now" for one request: the real clock, or FRISTVAKT_NOW when a test or demo pins it. */
export function currentTimeContext(env: NodeJS.ProcessEnv = process.env): TimeContext {
  return { now: currentTime(env), closingSoonDays: closingSoonDaysFromEnv(env) };
}
