// Response statuses in words, for the export and for pages until they have messages of their own.
import type { Locale } from "../i18n/locale";
import type { ResponseStatus } from "./types";

export const RESPONSE_STATUS_LABELS: Record<Locale, Record<ResponseStatus, string>> = {
  nb: { FOLLOWING: "Følger", PLANNED: "Planlagt", IN_PROGRESS: "Under arbeid", ANSWERED: "Besvart", DECLINED: "Svarer ikke" },
  en: { FOLLOWING: "Following", PLANNED: "Planned", IN_PROGRESS: "In progress", ANSWERED: "Answered", DECLINED: "Declined" },
};
