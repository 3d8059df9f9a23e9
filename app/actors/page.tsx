import "server-only";
import type { Metadata } from "next";
import Link from "next/link";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { getI18n } from "@/lib/auth/viewer-i18n";
import { listActors } from "@/lib/actors/queries";
import { ActorEditor } from "./actor-editor";
import { isShortNameUseful } from "@/lib/actors/label";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  return { title: m.actors.title };
}

export default async function ActorsPage() {
  const { m, t, locale } = await getI18n();
  const [actors, viewer] = await Promise.all([listActors(getDb()), getViewer()]);
  return (
    <>
      <h1>{m.actors.title}</h1>
      <p className="lead">{m.actors.intro}</p>
      {actors.length === 0 ? (
        <p className="empty">{m.actors.empty}</p>
      ) : (
        <ul className="taxonomy-list">
          {actors.map((actor) => (
            <li key={actor.slug}>
              <Link href={`/actors/${actor.slug}`}>{locale === "en" && actor.nameEn ? actor.nameEn : actor.name}</Link>{" "}
              <span className="muted">
                {isShortNameUseful(actor) && `(${actor.shortName}) · `}
                {t(m.actors.items, { count: actor.itemCount })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <ActorEditor viewer={viewer} m={m} />
    </>
  );
}
