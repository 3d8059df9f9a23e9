// Test data built through the real schema: each test creates the rows it needs.
import { randomBytes } from "node:crypto";
import type { Db } from "../db/prisma";
import { fromCalendarDate, fromCalendarDateOrNull } from "../items/calendar-date";
import { deriveSortDates } from "../items/derived-dates";
import type { CalendarDate, ItemKind } from "../items/types";

const unique = () => randomBytes(4).toString("hex");

export async function createActor(db: Db, overrides: { slug?: string; shortName?: string; name?: string } = {}) {
  const slug = overrides.slug ?? `actor-${unique()}`;
  return db.actor.create({
    data: { slug, shortName: overrides.shortName ?? slug.toUpperCase(), name: overrides.name ?? `Aktør ${slug}` },
  });
}

export async function createTopic(db: Db, overrides: { slug?: string; name?: string } = {}) {
  const slug = overrides.slug ?? `topic-${unique()}`;
  return db.topic.create({ data: { slug, name: overrides.name ?? `Tema ${slug}`, nameEn: `Topic ${slug}` } });
}

export interface ItemFactoryInput {
  actorId: string;
  kind?: ItemKind;
  title?: string;
  reference?: string | null;
  summary?: string | null;
  sentOn?: CalendarDate | null;
  deadline?: CalendarDate | null;
  startOn?: CalendarDate | null;
  endOn?: CalendarDate | null;
  startAt?: Date | null;
  endAt?: Date | null;
  cancelledAt?: Date | null;
  topicIds?: string[];
}

export async function createItem(db: Db, input: ItemFactoryInput) {
  const kind = input.kind ?? "HEARING";
  const dates = {
    kind,
    deadline: input.deadline ?? (kind === "SEMINAR" ? null : "2025-01-17"),
    startOn: input.startOn ?? null,
    endOn: input.endOn ?? input.startOn ?? null,
  };
  const { dueOn, lastOn } = deriveSortDates(dates);
  return db.item.create({
    data: {
      kind,
      title: input.title ?? `Sak ${unique()}`,
      reference: input.reference ?? null,
      summary: input.summary ?? null,
      actorId: input.actorId,
      sentOn: fromCalendarDateOrNull(input.sentOn),
      deadline: fromCalendarDateOrNull(dates.deadline),
      startOn: fromCalendarDateOrNull(dates.startOn),
      endOn: fromCalendarDateOrNull(dates.endOn),
      startAt: input.startAt ?? null,
      endAt: input.endAt ?? null,
      cancelledAt: input.cancelledAt ?? null,
      dueOn: fromCalendarDate(dueOn),
      lastOn: fromCalendarDate(lastOn),
      topics: input.topicIds ? { create: input.topicIds.map((topicId) => ({ topicId })) } : undefined,
    },
  });
}
