import "server-only";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ITEM_EDITOR_ROLES } from "@/lib/auth/access";
import { getDb } from "@/lib/db/client";
import { getItemWarnings } from "@/lib/deadlines/warnings";
import { formatItemWarning } from "@/lib/i18n/editor-text";
import { getI18n } from "@/lib/auth/viewer-i18n";
import { getEditableItem, listActorChoices, listTopicChoices } from "@/lib/items/editor-queries";
import type { ItemKind } from "@/lib/model/item";
import { requirePageViewer, titleForRoles } from "../../../_components/page-access";
import { ItemForm } from "../../_editor/item-form";
import { updateItemAction } from "./actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return titleForRoles(ITEM_EDITOR_ROLES, (m) => m.editor.item.edit);
}

export default async function EditItemPage({ params }: Props) {
  const { id } = await params;
  await requirePageViewer(`/items/${id}/edit`, ITEM_EDITOR_ROLES);
  const { m, t, locale } = await getI18n();
  const db = getDb();
  const [item, actors, topics] = await Promise.all([getEditableItem(db, id), listActorChoices(db), listTopicChoices(db, locale)]);
  if (!item) notFound();
  const { values } = item;
  const warnings = getItemWarnings({ kind: values.kind as ItemKind, sentOn: values.sentOn || null, deadline: values.deadline || null });
  return (
    <>
      <h1>{t(m.editor.form.editTitle, { title: values.title })}</h1>
      <ItemForm
        action={updateItemAction}
        values={values}
        hidden={{ id: item.id, version: String(item.version) }}
        actors={actors}
        topics={topics}
        labels={m.editor.form}
        kinds={m.kind}
        submitLabel={m.editor.form.save}
        warnings={warnings.map((warning) => formatItemWarning(warning, m, locale))}
      />
      <p>
        <Link href={`/items/${item.id}`}>{m.editor.form.cancel}</Link>
      </p>
    </>
  );
}
