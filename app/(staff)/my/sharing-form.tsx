import { setSharingAction } from "./actions";

/** Sharing on in one click; off only with the confirmation ticked, since others lose sight of the answers. */
export function SharingForm({ isShared, label, confirmLabel }: { isShared: boolean; label: string; confirmLabel: string }) {
  return (
    <form action={setSharingAction} className="stack-form">
      <input type="hidden" name="isResponsesPublic" value={isShared ? "false" : "true"} />
      {isShared && (
        <label className="confirm-box">
          <input type="checkbox" name="confirm" value="yes" required /> {confirmLabel}
        </label>
      )}
      <button type="submit">{label}</button>
    </form>
  );
}
