// Members, responses and preferences for the reminder tests, one field changed at a time.
import { feedItem } from "../../feeds/test-items";
import type { ItemView } from "../../model/item";
import { DEFAULT_REMINDER_SETTINGS, type ReminderMember, type ReminderResponse, type ReminderSettings } from "../../reminders/types";

export const ORG_A = "0a000000-0000-4000-8000-00000000000a";
export const ORG_B = "0b000000-0000-4000-8000-00000000000b";

export function member(patch: Partial<ReminderMember> = {}): ReminderMember {
  return {
    userId: "11111111-1111-4111-8111-111111111111",
    email: "kari@example.org",
    name: "Kari Nordmann",
    locale: "nb",
    organisationId: ORG_A,
    organisationName: "Kirkens Bymisjon",
    ...patch,
  };
}

export function item(patch: Partial<ItemView> = {}): ItemView {
  return feedItem(patch);
}

export function response(patch: Partial<ReminderResponse> = {}): ReminderResponse {
  return { organisationId: ORG_A, itemId: item().id, status: "PLANNED", internalDeadline: null, ...patch };
}

export function settings(patch: Partial<ReminderSettings> = {}): ReminderSettings {
  return { ...DEFAULT_REMINDER_SETTINGS, ...patch };
}

export function preferencesFor(userId: string, patch: Partial<ReminderSettings>): ReadonlyMap<string, ReminderSettings> {
  return new Map([[userId, settings(patch)]]);
}

export const NO_PREFERENCES: ReadonlyMap<string, ReminderSettings> = new Map();
