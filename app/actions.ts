"use server";

import "server-only";
import { cookies } from "next/headers";
import { z } from "zod";
import { signOut } from "@/lib/auth/config";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locale";
import { setMyLocale } from "@/lib/organisations/user-mutations";

// Neither action is a form action (app/_actions/form-action.ts): the language switch ignores
// what it does not know instead of answering with a sentence, and signing out answers with a
// redirect.

const localeInputSchema = z.strictObject({ locale: z.enum(LOCALES) });

/**
 * Saves the chosen interface language: in a cookie for a year, and on the account of a
 * signed-in user so it follows them to other browsers. Anything but a known locale is ignored.
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const viewer = await getViewer();
  const parsed = localeInputSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  const cookieStore = await cookies();
  cookieStore.set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
  });
  if (viewer.isSignedIn) await setMyLocale(getDb(), viewer, { locale: parsed.data.locale }, currentTime());
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
