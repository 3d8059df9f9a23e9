import type { Metadata } from "next";
import { getI18n } from "@/lib/auth/viewer-i18n";
import { requirePageViewer } from "../../_components/page-access";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  return { title: m.account.signedInAs.title };
}

/**
 * Who is signed in, and nothing else: the least a signed-in page does (read the session, check
 * it against the database, render the layout). Not linked from the menus; `npm run
 * bench:signed-in` measures the other signed-in pages against it.
 */
export default async function SignedInAsPage() {
  const viewer = await requirePageViewer("/session");
  const { m, t } = await getI18n();
  return (
    <>
      <h1>{m.account.signedInAs.title}</h1>
      <p>{t(m.account.signedInAs.lead, { name: viewer.name, email: viewer.email })}</p>
    </>
  );
}
