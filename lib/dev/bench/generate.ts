// Synthetic data for benchmarks: many actors, topics and items spread over two years around
// a pinned "now", written in bulk into a database of the benchmark's own.
import { addDays } from "../../deadlines";
import type { Db } from "../../db/prisma";
import { fromCalendarDate } from "../../model/calendar-date";
import { ITEM_KINDS, type CalendarDate } from "../../model/item";

/** A small deterministic generator, so two runs measure the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  items: number;
  actors: number;
  topics: number;
  today: CalendarDate;
}

export async function generateItems(db: Db, options: GenerateOptions): Promise<void> {
  const random = seededRandom(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  await db.actor.createMany({
    data: Array.from({ length: options.actors }, (_, i) => ({ slug: `aktor-${i}`, shortName: `A${i}`, name: `Aktør nummer ${i}` })),
  });
  await db.topic.createMany({
    data: Array.from({ length: options.topics }, (_, i) => ({ slug: `tema-${i}`, name: `Tema ${i}`, nameEn: `Topic ${i}` })),
  });
  const actorIds = (await db.actor.findMany({ select: { id: true } })).map((a) => a.id);
  const topicIds = (await db.topic.findMany({ select: { id: true } })).map((t) => t.id);
  const batch = 2_000;
  for (let offset = 0; offset < options.items; offset += batch) {
    const rows = Array.from({ length: Math.min(batch, options.items - offset) }, (_, i) => {
      const kind = pick(ITEM_KINDS);
      const due = addDays(options.today, Math.floor(random() * 730) - 365);
      const last = kind === "SEMINAR" ? addDays(due, Math.floor(random() * 3)) : due;
      const n = offset + i;
      return {
        kind,
        title: `${kind === "HEARING" ? "Høring" : "Sak"} ${n}: forslag om endringer i regelverket for ${pick(["barn", "arbeidsliv", "migrasjon", "vold"])}`,
        reference: kind === "HEARING" ? `NOU 2025:${n}` : null,
        summary: "Syntetisk sak for ytelsesmåling med æøå i teksten.",
        actorId: pick(actorIds),
        sentOn: kind === "HEARING" ? fromCalendarDate(addDays(due, -90)) : null,
        deadline: kind === "SEMINAR" ? null : fromCalendarDate(due),
        startOn: kind === "SEMINAR" ? fromCalendarDate(due) : null,
        endOn: kind === "SEMINAR" ? fromCalendarDate(last) : null,
        dueOn: fromCalendarDate(due),
        lastOn: fromCalendarDate(last),
      };
    });
    const created = await db.item.createManyAndReturn({ data: rows, select: { id: true } });
    await db.itemTopic.createMany({
      data: created.flatMap((item) => {
        const first = pick(topicIds);
        const second = pick(topicIds);
        return first === second
          ? [{ itemId: item.id, topicId: first }]
          : [
              { itemId: item.id, topicId: first },
              { itemId: item.id, topicId: second },
            ];
      }),
    });
  }
  await db.$executeRawUnsafe("ANALYZE");
}
