import { setSharingAction } from "./actions";

export function SharingForm({ isShared, label }: { isShared: boolean; label: string }) {
  return (
    <form action={setSharingAction}>
      <input type="hidden" name="isResponsesPublic" value={isShared ? "false" : "true"} />
      <button type="submit">{label}</button>
    </form>
  );
}
