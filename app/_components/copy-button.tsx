"use client";

import { useState, useSyncExternalStore } from "react";

interface CopyButtonProps {
  text: string;
  label: string;
  copied: string;
  failed: string;
}

const subscribeToNothing = () => () => {};
const isInBrowser = () => true;
const isOnServer = () => false;

/**
 * Copies a calendar address; the address also stands on the page, so it works without this.
 * Shown only once scripts run: without them the button could do nothing.
 */
export function CopyButton({ text, label, copied, failed }: CopyButtonProps) {
  const [status, setStatus] = useState("");
  const isScripted = useSyncExternalStore(subscribeToNothing, isInBrowser, isOnServer);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(copied);
    } catch {
      setStatus(failed);
    }
  };
  if (!isScripted) return null;
  return (
    <>
      <button type="button" onClick={copy}>
        {label}
      </button>
      <span className="copy-status" role="status">
        {status}
      </span>
    </>
  );
}
