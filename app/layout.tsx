import "server-only";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getI18n } from "@/lib/auth/viewer-i18n";
import { getViewer } from "@/lib/auth/viewer";
import { LanguageSwitch } from "./_components/language-switch";
import { UserMenu } from "./_components/user-menu";
import "./globals.css";
import "./screens.css";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  return { title: { default: m.app.name, template: `%s – ${m.app.name}` }, description: m.app.tagline };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [{ locale, m }, viewer] = await Promise.all([getI18n(), getViewer()]);
  return (
    <html lang={locale === "nb" ? "nb" : "en"}>
      <body>
        <a className="skip-link" href="#main">
          {m.app.skipToContent}
        </a>
        <header className="site-header">
          <div className="wrap header-row">
            <Link href="/" className="brand">
              {m.app.name}
            </Link>
            <nav aria-label={m.nav.label}>
              <ul className="nav-list">
                <li>
                  <Link href="/">{m.nav.dashboard}</Link>
                </li>
                <li>
                  <Link href="/items">{m.nav.items}</Link>
                </li>
                <li>
                  <Link href="/actors">{m.nav.actors}</Link>
                </li>
                <li>
                  <Link href="/topics">{m.nav.topics}</Link>
                </li>
                <li>
                  <Link href="/subscribe">{m.subscribe.nav}</Link>
                </li>
              </ul>
            </nav>
            <UserMenu viewer={viewer} m={m} />
            <LanguageSwitch locale={locale} label={m.nav.switchTo} />
          </div>
        </header>
        <main id="main" className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">{m.footer.about}</div>
        </footer>
      </body>
    </html>
  );
}
