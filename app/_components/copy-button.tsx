"use client";

import { useState } from "react";

interface CopyButtonProps {
  text: string;
  label: string;
  copied: string;
  failed: string;
}

/** Copies a calendar address; the address also stands in a field, so it works without this. */
export function CopyButton({ text, label, copied, failed }: CopyButtonProps) {
  const [status, setStatus] = useState("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(copied);
    } catch {
      setStatus(failed);
    }
  };
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
