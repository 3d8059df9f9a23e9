"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import type { EditorMessages } from "@/lib/i18n/messages/editor-nb";
import type { ItemKind } from "@/lib/model/item";
import { IDLE, type ActionState } from "../_components/action-state";
import { FormMessage } from "../_components/form-message";
import { previewImportAction, saveImportAction } from "./actions";
import { PREVIEW_IDLE, type RowChoices, type SaveState } from "./import-state";
import { ProposalTable } from "./proposal-table";
import { SavedItems } from "./saved-items";

// The importer's own limit (lib/import/read-file.ts); checked here too, so a browser never
// sends a file that would only be refused.
const MAX_BYTES = 20 * 1024 * 1024;

/**
 * Step one: paste or upload and read. Step two (the table): choose, correct and save. Both
 * forms post to their actions without JavaScript too; a refused reading brings back the
 * pasted text. The save's answer is held here rather than by the table: a page that comes
 * back from a save without JavaScript has no reading, and must still say what was saved.
 */
export function ImportWorkbench({
  labels,
  kinds,
  choices,
}: {
  labels: EditorMessages["import"];
  kinds: Record<ItemKind, string>;
  choices: RowChoices;
}) {
  const [preview, dispatch, isReading] = useActionState(previewImportAction, PREVIEW_IDLE);
  const [saving, save, isSaving] = useActionState<SaveState, FormData>(saveImportAction, IDLE);
  const readId = preview.status === "ok" ? preview.readId : null;
  // A save answers for the table it came from; without JavaScript no table is shown any more.
  const isSaveForThisPage = saving.status !== "idle" && (readId === null || saving.readId === readId);
  const tableState: ActionState = isSaveForThisPage && saving.status === "error" ? saving : IDLE;
  const [tooLarge, setTooLarge] = useState(false);
  const read = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const file = formData.get("file");
    // Without a chosen file the browser still sends an empty, nameless one: leave it out.
    if (!(file instanceof File) || file.name === "") formData.delete("file");
    const isTooLarge = file instanceof File && file.size > MAX_BYTES;
    setTooLarge(isTooLarge);
    if (!isTooLarge) startTransition(() => dispatch(formData));
  };
  return (
    <>
      <form action={dispatch} onSubmit={read} className="stack-form import-form">
        {tooLarge ? (
          <p className="notice error" role="alert">
            {labels.tooLarge}
          </p>
        ) : (
          preview.status === "error" && <FormMessage state={preview} />
        )}
        <div className="field">
          <label htmlFor="import-text">{labels.text}</label>
          <textarea
            id="import-text"
            name="text"
            rows={8}
            defaultValue={preview.status === "error" && "text" in preview ? preview.text : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="import-file">{labels.file}</label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".txt,.md,.pdf,text/plain,text/markdown,application/pdf"
            aria-describedby="import-file-hint"
          />
          <span id="import-file-hint" className="hint">
            {labels.fileHint}
          </span>
        </div>
        <div className="field">
          <label htmlFor="import-asOf">{labels.asOf}</label>
          <input id="import-asOf" name="asOf" type="date" aria-describedby="import-asOf-hint" />
          <span id="import-asOf-hint" className="hint">
            {labels.asOfHint}
          </span>
        </div>
        <div className="actions">
          <button type="submit" disabled={isReading}>
            {isReading ? labels.reading : labels.read}
          </button>
        </div>
      </form>
      {isSaveForThisPage && readId === null && (
        <section aria-label={labels.table} className="dashboard-section">
          {saving.status === "saved" ? (
            <SavedItems message={saving.message} saved={saving.saved} heading={labels.savedItems} />
          ) : (
            saving.status === "error" && <FormMessage state={saving} />
          )}
        </section>
      )}
      {preview.status === "ok" && (
        <section aria-labelledby="proposals-title" className="dashboard-section">
          <h2 id="proposals-title">{labels.table}</h2>
          <p role="status">{preview.message}</p>
          {isSaveForThisPage && saving.status === "saved" ? (
            <SavedItems message={saving.message} saved={saving.saved} heading={labels.savedItems} />
          ) : (
            preview.rows.length > 0 && (
              <ProposalTable
                key={preview.readId}
                readId={preview.readId}
                state={tableState}
                dispatch={save}
                isSaving={isSaving}
                rows={preview.rows}
                unsureNotice={preview.unsureNotice}
                proposal={preview.proposal}
                labels={labels}
                kinds={kinds}
                choices={choices}
              />
            )
          )}
          {preview.notes.length > 0 && (
            <>
              <h3>{labels.notes}</h3>
              <ul>
                {preview.notes.map((note) => (
                  <li key={`${note.phrase}-${note.sentence}`}>
                    <strong>{note.phrase}</strong>: {note.sentence}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}
