import Link from "next/link";
import { getI18n } from "@/lib/auth/viewer-i18n";

export default async function Unauthorized() {
  const { m } = await getI18n();
  return (
    <>
      <h1>{m.errors.unauthorizedTitle}</h1>
      <p>{m.errors.unauthorized}</p>
      <p>
        <Link href="/sign-in">{m.account.signIn.title}</Link>
      </p>
    </>
  );
}
