import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Role } from "@/lib/auth/viewer-types";
import type { SignedInViewer } from "@/lib/auth/viewer-types";
import { getViewer } from "@/lib/auth/viewer";

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
