import type { ActionState } from "./action-state";

/** The sentence a form shows after a save: announced to screen readers as it appears. */
export function FormMessage({ state }: { state: ActionState }) {
  if (state.status === "idle") return null;
  return (
    <p className={`notice ${state.status === "error" ? "error" : "success"}`} role={state.status === "error" ? "alert" : "status"}>
      {state.message}
    </p>
  );
}
