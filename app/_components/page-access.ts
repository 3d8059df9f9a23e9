import "server-only";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import type { Role } from "@/lib/auth/viewer-types";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import { getViewer } from "@/lib/auth/viewer";
import { getI18n } from "@/lib/auth/viewer-i18n";
import type { Messages } from "@/lib/i18n/messages";

/**
 * For pages that need an account: nobody signed in goes to the sign-in page (and back here
 * afterwards); a signed-in user without the role gets "not found", as if the page did not
 * exist. Every page calls this itself; the layout is never the only guard.
 */
export async function requirePageViewer(path: string, roles?: readonly Role[]): Promise<SignedInViewer> {
  const viewer = await getViewer();
  if (!viewer.isSignedIn) redirect(`/sign-in?required=1&callbackUrl=${encodeURIComponent(path)}`);
  if (roles && !roles.includes(viewer.role)) notFound();
  return viewer;
}

/**
 * The title of a page that needs a role. A signed-in user without the role gets "not found"
 * here too, so that the tab and screen readers do not name a page that answers as if it did
 * not exist. Visitors keep the title: the page sends them to sign in.
 */
export async function titleForRoles(roles: readonly Role[], title: (m: Messages) => string): Promise<Metadata> {
  const viewer = await getViewer();
  if (viewer.isSignedIn && !roles.includes(viewer.role)) notFound();
  const { m } = await getI18n();
  return { title: title(m) };
}
