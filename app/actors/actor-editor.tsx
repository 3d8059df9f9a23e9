import "server-only";
import { canEditItems } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/viewer-types";
import { getDb } from "@/lib/db/client";
import type { Messages } from "@/lib/i18n/messages";
import { listActorChoices } from "@/lib/items/editor-queries";
import { ActionForm } from "../_components/action-form";
import { createActorAction, mergeActorsAction } from "./actions";

/** New actors and merging duplicates, for editors and admins only. */
export async function ActorEditor({ viewer, m }: { viewer: Viewer; m: Messages }) {
  if (!canEditItems(viewer)) return null;
  const a = m.editor.actors;
  const actors = await listActorChoices(getDb());
  const select = (name: string, label: string) => (
    <div className="field field-wide">
      <label htmlFor={`merge-${name}`}>{label}</label>
      <select id={`merge-${name}`} name={name} required defaultValue="">
        <option value="">–</option>
        {actors.map((actor) => (
          <option key={actor.id} value={actor.id}>
            {actor.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section aria-labelledby="actor-editor-title" className="panel">
      <h2 id="actor-editor-title">{a.editorTitle}</h2>
      <h3>{a.newActor}</h3>
      <ActionForm action={createActorAction} submitLabel={a.create} className="filter-form">
        <div className="field field-wide">
          <label htmlFor="actor-name">{a.name}</label>
          <input id="actor-name" name="name" required maxLength={120} />
        </div>
        <div className="field">
          <label htmlFor="actor-shortName">{a.shortName}</label>
          <input id="actor-shortName" name="shortName" maxLength={40} aria-describedby="actor-shortName-hint" />
          <span id="actor-shortName-hint" className="hint">
            {a.shortNameHint}
          </span>
        </div>
      </ActionForm>
      <h3>{a.merge}</h3>
      <p className="muted">{a.mergeIntro}</p>
      <ActionForm action={mergeActorsAction} submitLabel={a.mergeSubmit} className="filter-form">
        {select("keepId", a.keep)}
        {select("removeId", a.remove)}
      </ActionForm>
    </section>
  );
}
