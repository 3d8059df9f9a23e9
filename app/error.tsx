"use client";

import { useSyncExternalStore } from "react";
import { getMessages } from "@/lib/i18n/messages";
import { isLocale } from "@/lib/i18n/locale";

// An error boundary runs in the browser and cannot ask the server for the language: it reads
// the page's own lang attribute. The error itself is never shown: it may hold internals.
// The page's lang attribute does not change while the error shows: nothing to subscribe to.
const noSubscription = () => () => {};

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const lang = useSyncExternalStore(
    noSubscription,
    () => document.documentElement.lang,
    () => "nb",
  );
  const m = getMessages(isLocale(lang) ? lang : "nb");
  return (
    <>
      <h1>{m.errors.errorTitle}</h1>
      <p>{m.errors.error}</p>
      <p>
        <button type="button" onClick={() => reset()}>
          {m.errors.retry}
        </button>
      </p>
    </>
  );
}
