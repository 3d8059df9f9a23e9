import "server-only";
import type { Metadata } from "next";
import { ITEM_EDITOR_ROLES } from "@/lib/auth/access";
import { getDb } from "@/lib/db/client";
import { getI18n } from "@/lib/auth/viewer-i18n";
import { listActorChoices, listTopicChoices } from "@/lib/items/editor-queries";
import { EMPTY_ITEM_FORM } from "@/lib/items/form-values";
import { requirePageViewer, titleForRoles } from "../../_components/page-access";
import { ItemForm } from "../_editor/item-form";
import { createItemAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return titleForRoles(ITEM_EDITOR_ROLES, (m) => m.editor.form.newTitle);
}

export default async function NewItemPage() {
  await requirePageViewer("/items/new", ITEM_EDITOR_ROLES);
  const { m, locale } = await getI18n();
  const db = getDb();
  const [actors, topics] = await Promise.all([listActorChoices(db), listTopicChoices(db, locale)]);
  return (
    <>
      <h1>{m.editor.form.newTitle}</h1>
      <ItemForm
        action={createItemAction}
        values={EMPTY_ITEM_FORM}
        actors={actors}
        topics={topics}
        labels={m.editor.form}
        kinds={m.kind}
        submitLabel={m.editor.form.create}
        warnings={[]}
      />
    </>
  );
}
