import "server-only";
import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { getI18n } from "@/lib/auth/viewer-i18n";
import { unsubscribeSecretFromEnv } from "@/lib/reminders/app-secret";
import { currentTime } from "@/lib/deadlines";
import { getUnsubscribeTarget } from "@/lib/reminders/unsubscribe";
import { unsubscribeAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  // The address carries a secret: keep it out of search engines.
  return { title: m.reminders.unsubscribe.title, robots: { index: false, follow: false } };
}

/** Asks before unsubscribing: mail scanners open links, and opening one must change nothing. */
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { m, t } = await getI18n();
  const u = m.reminders.unsubscribe;
  const target = await getUnsubscribeTarget(getDb(), unsubscribeSecretFromEnv(), token, currentTime());
  return (
    <div className="narrow">
      <h1>{u.title}</h1>
      {!target || target === "expired" ? (
        <p className="notice error">{target === "expired" ? u.expired : u.invalid}</p>
      ) : target.isOff ? (
        <p className="notice success" role="status">
          {target.purpose === "digest" ? u.doneDigest : u.doneReminders}
        </p>
      ) : (
        <form action={unsubscribeAction} className="stack-form">
          <p>{t(target.purpose === "digest" ? u.digest : u.reminders, { email: target.email })}</p>
          <input type="hidden" name="token" value={token} />
          <button type="submit">{u.confirm}</button>
        </form>
      )}
      <p>
        <Link href="/profile">{u.profileLink}</Link>
      </p>
    </div>
  );
}
