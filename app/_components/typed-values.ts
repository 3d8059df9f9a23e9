import { Children, cloneElement, isValidElement, type ReactNode } from "react";
import type { TypedValues } from "./action-state";

// A form sent without JavaScript comes back as a whole new page, whose fields would show what
// the page was rendered with. After a refusal, the form's fields are given what was typed as
// their starting values instead. The same walk runs after every answer (with nothing to
// restore when there was no refusal), so the fields keep their places and React never
// remounts them under the user's cursor.

const NOT_RESTORED = new Set(["hidden", "password", "file", "submit", "button", "reset", "image"]);

type FieldProps = { name?: unknown; type?: unknown; value?: unknown; multiple?: unknown; children?: ReactNode };

/** The elements of `node`, with each named field starting at what `typed` holds for it. */
export function withTypedValues(node: ReactNode, typed: TypedValues | null): ReactNode {
  return Children.map(node, (child) => {
    if (!isValidElement<FieldProps>(child)) return child;
    const { props } = child;
    const restored =
      typed && typeof child.type === "string" && typeof props.name === "string"
        ? restoredProps(child.type, props, typed[props.name] ?? null)
        : null;
    // The children are walked in every case (a select's options too), so their keys never change.
    if (props.children === undefined) return restored ? cloneElement(child, restored) : child;
    return cloneElement(child, restored ?? undefined, withTypedValues(props.children, typed));
  });
}

function restoredProps(tag: string, props: FieldProps, values: string[] | null): Record<string, unknown> | null {
  if (tag === "input") {
    const type = typeof props.type === "string" ? props.type : "text";
    if (NOT_RESTORED.has(type)) return null;
    // A box left unticked is not sent at all: absent means unticked.
    if (type === "checkbox" || type === "radio") return { defaultChecked: (values ?? []).includes(String(props.value ?? "on")) };
    // A field whose value the page sets (read-only addresses and the like) keeps it.
    return values && props.value === undefined ? { defaultValue: values[0] } : null;
  }
  if (tag === "textarea" && values && props.value === undefined) return { defaultValue: values[0] };
  if (tag === "select" && values && props.value === undefined) return { defaultValue: props.multiple ? values : values[0] };
  return null;
}
