import "server-only";
import type { Metadata } from "next";
import { ITEM_EDITOR_ROLES } from "@/lib/auth/access";
import { getDb } from "@/lib/db/client";
import { getI18n } from "@/lib/auth/viewer-i18n";
import { listActorChoices, listTopicChoices } from "@/lib/items/editor-queries";
import { requirePageViewer, titleForRoles } from "../_components/page-access";
import { ImportWorkbench } from "./import-workbench";

export async function generateMetadata(): Promise<Metadata> {
  return titleForRoles(ITEM_EDITOR_ROLES, (m) => m.editor.import.title);
}

export default async function ImportPage() {
  await requirePageViewer("/import", ITEM_EDITOR_ROLES);
  const { m, locale } = await getI18n();
  const [actors, topics] = await Promise.all([listActorChoices(getDb()), listTopicChoices(getDb(), locale)]);
  return (
    <>
      <h1>{m.editor.import.title}</h1>
      <p className="lead">{m.editor.import.intro}</p>
      <ImportWorkbench labels={m.editor.import} kinds={m.kind} choices={{ actors, topics }} />
    </>
  );
}
