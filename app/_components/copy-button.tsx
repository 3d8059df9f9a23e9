"use client";

import { useState } from "react";
import { useIsScripted } from "./use-is-scripted";

interface CopyButtonProps {
  text: string;
  label: string;
  copied: string;
  failed: string;
}

/**
 * Copies a calendar address; the address also stands on the page, so it works without this.
 * Shown only once scripts run: without them the button could do nothing.
 */
export function CopyButton({ text, label, copied, failed }: CopyButtonProps) {
  const [status, setStatus] = useState("");
  const isScripted = useIsScripted();
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
