// The shape of the newsletters' facts as the seed writes them. Pure data: no Prisma here.
import type { CalendarDate, ItemKind } from "../../lib/model/item";

export type ActorType = "MINISTRY" | "DIRECTORATE" | "RESEARCH" | "NGO" | "INTERNATIONAL" | "OTHER";

export interface SeedActor {
  slug: string;
  shortName: string;
  name: string;
  nameEn: string | null;
  type: ActorType;
  url: string | null;
}

export interface SeedTopic {
  slug: string;
  name: string;
  nameEn: string;
}

export interface SeedSource {
  slug: string;
  title: string;
  periodLabel: string | null;
  publishedOn: CalendarDate | null;
}

export interface SeedItem {
  /** Stable within its newsletter: the seed never saves the same key twice. */
  key: string;
  kind: ItemKind;
  title: string;
  reference: string | null;
  summary: string | null;
  url: string | null;
  /** Slug of the issuing or organising actor. */
  issuer: string;
  sentOn: CalendarDate | null;
  deadline: CalendarDate | null;
  startOn: CalendarDate | null;
  endOn: CalendarDate | null;
  /** Oslo wall-clock "HH:MM" on startOn / endOn, when the text gives times. */
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  isOnline: boolean;
  /** The sentence(s) of the newsletter the item was read from. */
  excerpt: string;
  topics: string[];
}

export interface SeedNewsletter {
  source: SeedSource;
  items: SeedItem[];
}
