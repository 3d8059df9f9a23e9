import Link from "next/link";
import { canAdminister, canEditItems } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Messages } from "@/lib/i18n/messages";
import { interpolate } from "@/lib/i18n/messages";
import { signOutAction } from "../actions";

/** Sign-in link for visitors; the signed-in user's own pages and sign-out otherwise. */
export function UserMenu({ viewer, m }: { viewer: Viewer; m: Messages }) {
  if (!viewer.isSignedIn) {
    return (
      <div className="user-menu">
        <Link href="/sign-in">{m.account.signIn.title}</Link>
      </div>
    );
  }
  return (
    <div className="user-menu">
      {viewer.organisationId && <Link href="/my">{m.account.nav.myDeadlines}</Link>}
      {viewer.organisationId && <Link href="/my/feeds">{m.account.nav.feeds}</Link>}
      <Link href="/profile">{m.reminders.nav.profile}</Link>
      {canEditItems(viewer) && <Link href="/items/new">{m.editor.nav.newItem}</Link>}
      {canEditItems(viewer) && <Link href="/import">{m.editor.nav.import}</Link>}
      {canEditItems(viewer) && <Link href="/sources">{m.sources.nav.sources}</Link>}
      {canEditItems(viewer) && <Link href="/sources/inbox">{m.sources.nav.inbox}</Link>}
      {canAdminister(viewer) && <Link href="/admin">{m.account.nav.admin}</Link>}
      <form action={signOutAction} className="inline-form">
        <button type="submit" className="link" title={interpolate(m.account.signIn.signedInAs, { name: viewer.name })}>
          {m.account.signIn.signOut}
        </button>
      </form>
    </div>
  );
}
