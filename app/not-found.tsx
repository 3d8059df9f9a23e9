import type { Metadata } from "next";
import Link from "next/link";
import { getI18n } from "@/lib/auth/viewer-i18n";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  return { title: m.errors.notFoundTitle };
}

export default async function NotFound() {
  const { m } = await getI18n();
  return (
    <>
      <h1>{m.errors.notFoundTitle}</h1>
      <p>{m.errors.notFound}</p>
      <p>
        <Link href="/">{m.errors.goHome}</Link>
      </p>
    </>
  );
}
