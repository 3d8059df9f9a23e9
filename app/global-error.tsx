"use client";

import { nb } from "@/lib/i18n/messages/nb";
import { en } from "@/lib/i18n/messages/en";

// Shown when even the layout fails (for example when the database is down while the layout
// renders). It replaces the whole document, so it carries both languages.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="nb">
      <body>
        <main>
          <h1>{nb.errors.errorTitle}</h1>
          <p>{nb.errors.error}</p>
          <p lang="en">{en.errors.error}</p>
          <button type="button" onClick={() => reset()}>
            {nb.errors.retry}
          </button>
        </main>
      </body>
    </html>
  );
}
