"use server";

import { revalidatePath } from "next/cache";
import { signIn, signOut } from "@/lib/auth/config";
import { changeMyPassword, updateMyName } from "@/lib/auth/my-account";
import { endSessions } from "@/lib/auth/sessions";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { getI18n } from "@/lib/i18n/server";
import { saveMyReminderPreferences } from "@/lib/reminders/preferences";
import type { ReminderPreferencesInput } from "@/lib/reminders/schemas";
import { failureFor, type ActionState } from "../../_components/action-state";

/** The form's fields as the mutation's input; the mutation validates them again, strictly. */
function preferencesFromForm(formData: FormData): ReminderPreferencesInput {
  const text = (name: string) => String(formData.get(name) ?? "");
  const list = (name: string) => formData.getAll(name).map(String);
  return {
    isRemindersOn: formData.get("isRemindersOn") === "on",
    daysBefore: text("daysBefore"),
    isInternalDeadlineReminderOn: formData.get("isInternalDeadlineReminderOn") === "on",
    isDigestOn: formData.get("isDigestOn") === "on",
    digestWeekday: text("digestWeekday"),
    digestTime: text("digestTime"),
    actorSlugs: list("actorSlugs"),
    topicSlugs: list("topicSlugs"),
    kinds: list("kinds") as ReminderPreferencesInput["kinds"],
  };
}

export async function saveReminderPreferencesAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  try {
    await saveMyReminderPreferences(getDb(), viewer, preferencesFromForm(formData), currentTime());
    revalidatePath("/profile");
    return { status: "ok", message: m.reminders.profile.saved };
  } catch (error) {
    return failureFor(error, m, m.reminders.profile.failed);
  }
}

/** "Sign out everywhere": every session of the caller ends, on every device, this one too. */
export async function signOutEverywhereAction(): Promise<void> {
  const viewer = await getViewer();
  if (viewer.isSignedIn) await endSessions(getDb(), viewer.userId);
  await signOut({ redirectTo: "/sign-in" });
}

export async function updateMyNameAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  try {
    await updateMyName(getDb(), viewer, { name: String(formData.get("name") ?? "") }, currentTime());
    revalidatePath("/", "layout");
    return { status: "ok", message: m.account.profileAccount.nameSaved };
  } catch (error) {
    return failureFor(error, m, m.account.profileAccount.failed);
  }
}

export async function changeMyPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const { m } = await getI18n();
  try {
    const text = (name: string) => String(formData.get(name) ?? "");
    await changeMyPassword(
      getDb(),
      viewer,
      { currentPassword: text("currentPassword"), password: text("password"), repeatPassword: text("repeatPassword") },
      currentTime(),
    );
    // The change ended every session of the user; this device signs in again with the new password.
    if (viewer.isSignedIn) await signIn("credentials", { email: viewer.email, password: text("password"), redirect: false });
    return { status: "ok", message: m.account.profileAccount.passwordSaved };
  } catch (error) {
    return failureFor(error, m, m.account.profileAccount.failed);
  }
}
