import type { Metadata } from "next";
import { getI18n } from "@/lib/auth/viewer-i18n";
import { ItemsListPage, type SearchParams } from "../_components/items-list-page";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  return { title: m.list.title };
}

export default async function ItemsPage({ searchParams }: { searchParams: SearchParams }) {
  const { m } = await getI18n();
  return <ItemsListPage searchParams={searchParams} basePath="/items" title={m.list.title} />;
}
