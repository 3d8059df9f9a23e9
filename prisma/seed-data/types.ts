// The shape of the newsletters' facts as the seed writes them. Pure data: no Prisma here.
import type { ItemFields } from "../../lib/items/fields";
import type { CalendarDate } from "../../lib/model/item";

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

/** An item of a newsletter: the item's own fields (lib/items/fields.ts) and where it came from. */
export interface SeedItem extends ItemFields {
  /** Stable within its newsletter: the seed never saves the same key twice. */
  key: string;
  /** Slug of the issuing or organising actor. */
  issuer: string;
  /** The sentence(s) of the newsletter the item was read from. */
  excerpt: string;
  topics: string[];
}

export interface SeedNewsletter {
  source: SeedSource;
  items: SeedItem[];
}
