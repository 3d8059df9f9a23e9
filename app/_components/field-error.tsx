"use client";

import { createContext, use } from "react";
import type { FieldMessages } from "./action-state";

export const FieldErrorsContext = createContext<FieldMessages>({});

/** A field's problems, beside the field, from the ActionForm around it. */
export function FieldError({ name, id }: { name: string; id?: string }) {
  const messages = use(FieldErrorsContext)[name];
  if (!messages?.length) return null;
  return (
    <p className="field-error" id={id}>
      {messages.join(" ")}
    </p>
  );
}
