import type { FilterProblem, ItemFilter } from "@/lib/items/filters";
import type { TaxonomyOption } from "@/lib/actors/queries";
import type { Messages } from "@/lib/i18n/messages";
import { interpolate } from "@/lib/i18n/messages";

/** The sentences that tell a visitor which filter values were not understood or not found. */
export function describeFilterProblems(
  m: Messages,
  problems: FilterProblem[],
  filter: ItemFilter,
  actors: TaxonomyOption[],
  topics: TaxonomyOption[],
): string[] {
  const messages = problems.map((problem) => {
    if (problem.reason === "malformed") return interpolate(m.list.malformed, { value: problem.value });
    return interpolate(problem.field === "kind" ? m.list.unknownKind : m.list.unknownStatus, { value: problem.value });
  });
  const actorSlugs = new Set(actors.map((a) => a.slug));
  const topicSlugs = new Set(topics.map((t) => t.slug));
  for (const slug of filter.actors) if (!actorSlugs.has(slug)) messages.push(interpolate(m.list.unknownActor, { value: slug }));
  for (const slug of filter.topics) if (!topicSlugs.has(slug)) messages.push(interpolate(m.list.unknownTopic, { value: slug }));
  return messages;
}
