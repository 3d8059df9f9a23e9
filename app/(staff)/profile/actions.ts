"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { signIn, signOut } from "@/lib/auth/config";
import { changeMyPassword, updateMyName } from "@/lib/accounts/my-account";
import { endSessions } from "@/lib/auth/sessions";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { saveMyReminderPreferences } from "@/lib/reminders/preferences";
import type { ReminderPreferencesInput } from "@/lib/reminders/schemas";
import { formAction } from "../../_actions/form-action";
import type { ActionState } from "../../_components/action-state";

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

export const saveReminderPreferencesAction = formAction<ActionState>({
  failed: (m) => m.reminders.profile.failed,
  run: async ({ viewer, formData, m, now }) => {
    await saveMyReminderPreferences(getDb(), viewer, preferencesFromForm(formData), now);
    revalidatePath("/profile");
    return { status: "ok", message: m.reminders.profile.saved };
  },
});

/**
 * "Sign out everywhere": every session of the caller ends, on every device, this one too.
 * Not a form action: it answers with the sign-in page, not a sentence.
 */
export async function signOutEverywhereAction(): Promise<void> {
  const viewer = await getViewer();
  if (viewer.isSignedIn) await endSessions(getDb(), viewer.userId);
  await signOut({ redirectTo: "/sign-in" });
}

export const updateMyNameAction = formAction<ActionState>({
  failed: (m) => m.account.profileAccount.failed,
  run: async ({ viewer, formData, m, now }) => {
    await updateMyName(getDb(), viewer, { name: String(formData.get("name") ?? "") }, now);
    revalidatePath("/", "layout");
    return { status: "ok", message: m.account.profileAccount.nameSaved };
  },
});

export const changeMyPasswordAction = formAction<ActionState>({
  failed: (m) => m.account.profileAccount.failed,
  run: async ({ viewer, formData, m, now }) => {
    const text = (name: string) => String(formData.get(name) ?? "");
    await changeMyPassword(
      getDb(),
      viewer,
      { currentPassword: text("currentPassword"), password: text("password"), repeatPassword: text("repeatPassword") },
      now,
    );
    // The change ended every session of the user; this device signs in again with the new password.
    if (viewer.isSignedIn) await signIn("credentials", { email: viewer.email, password: text("password"), redirect: false });
    return { status: "ok", message: m.account.profileAccount.passwordSaved };
  },
});
