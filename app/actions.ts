"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locale";

const localeInputSchema = z.strictObject({ locale: z.enum(LOCALES) });

/** Saves the chosen interface language for a year; anything but a known locale is ignored. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = localeInputSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  const cookieStore = await cookies();
  cookieStore.set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
  });
}
