import Link from "next/link";
import { canEditItems } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { I18n } from "@/lib/auth/viewer-i18n";
import type { ItemView } from "@/lib/model/item";
import { ActionForm } from "../../_components/action-form";
import { cancelItemAction, restoreItemAction } from "./edit/actions";

/** Edit, cancel (with a reason) and restore, for editors and admins only. */
export function EditorPanel({ item, viewer, i18n }: { item: ItemView; viewer: Viewer; i18n: I18n }) {
  if (!canEditItems(viewer)) return null;
  const e = i18n.m.editor.item;
  return (
    <section aria-labelledby="editor-title" className="panel">
      <h2 id="editor-title">{e.editorTitle}</h2>
      <p>
        <Link href={`/items/${item.id}/edit`}>{e.edit}</Link>
      </p>
      {item.cancelledAt ? (
        <ActionForm key={`restore-${item.version}`} action={restoreItemAction} submitLabel={e.restore} className="inline-form" isSecondary>
          <input type="hidden" name="id" value={item.id} />
          <input type="hidden" name="version" value={item.version} />
        </ActionForm>
      ) : (
        <ActionForm key={`cancel-${item.version}`} action={cancelItemAction} submitLabel={e.cancelItem} className="stack-form">
          <input type="hidden" name="id" value={item.id} />
          <input type="hidden" name="version" value={item.version} />
          <div className="field">
            <label htmlFor="cancel-reason">{e.cancelReason}</label>
            <input id="cancel-reason" name="reason" required maxLength={500} />
          </div>
          {/* A required box: without JavaScript too, the browser will not send the form unticked. */}
          <label className="confirm-box">
            <input type="checkbox" name="confirm" value="yes" required /> {i18n.m.work.confirm.cancelItem}
          </label>
        </ActionForm>
      )}
    </section>
  );
}
