import "server-only";
import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { getI18n } from "@/lib/auth/viewer-i18n";
import { listTopics } from "@/lib/actors/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  return { title: m.topics.title };
}

export default async function TopicsPage() {
  const { m, t, locale } = await getI18n();
  const topics = await listTopics(getDb());
  return (
    <>
      <h1>{m.topics.title}</h1>
      <p className="lead">{m.topics.intro}</p>
      {topics.length === 0 ? (
        <p className="empty">{m.topics.empty}</p>
      ) : (
        <ul className="taxonomy-list">
          {topics.map((topic) => (
            <li key={topic.slug}>
              <Link href={`/topics/${topic.slug}`}>{locale === "en" ? topic.nameEn : topic.name}</Link>{" "}
              <span className="muted">· {t(m.topics.items, { count: topic.itemCount })}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
