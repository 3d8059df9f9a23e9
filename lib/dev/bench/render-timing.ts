// Times the calendar renderer alone, in this process: no query, no HTTP. Sizes are measured
// in alternating rounds, each doing the same number of events for every size, so that a
// neighbour's load or a change of CPU speed falls on all sizes alike.
import { renderCalendarChunks } from "../../feeds/render-calendar";
import type { ItemView } from "../../model/item";
import { summarise, type Timing } from "./http";

export interface RenderTiming {
  events: number;
  /** One render of the whole feed. */
  render: Timing;
  renders: number;
}

export interface RenderComparison {
  timings: RenderTiming[];
  /** Time per event of the largest feed over that of the smallest, median over the rounds. */
  perEventRatio: number;
}

const ROUNDS = 30;
const WARM_UP_ROUNDS = 3;

function renderOnce(items: ItemView[]): number {
  const started = performance.now();
  renderCalendarChunks({ name: "Fristvakt – alle frister", items, baseUrl: "http://localhost:3000", sourceUrl: null });
  return performance.now() - started;
}

/** `feeds` from smallest to largest; each round renders each feed often enough to reach the largest's events. */
export function compareRenders(feeds: ItemView[][]): RenderComparison {
  const most = Math.max(...feeds.map((items) => items.length));
  const repeats = feeds.map((items) => Math.max(1, Math.round(most / Math.max(1, items.length))));
  const samples = feeds.map(() => [] as number[]);
  const ratios: number[] = [];
  for (let round = 0; round < WARM_UP_ROUNDS + ROUNDS; round += 1) {
    const perEvent = feeds.map((items, f) => {
      let total = 0;
      for (let i = 0; i < repeats[f]; i += 1) {
        const took = renderOnce(items);
        total += took;
        if (round >= WARM_UP_ROUNDS) samples[f].push(took);
      }
      return total / (repeats[f] * items.length);
    });
    if (round >= WARM_UP_ROUNDS) ratios.push(perEvent[perEvent.length - 1] / perEvent[0]);
  }
  return {
    timings: feeds.map((items, f) => ({ events: items.length, render: summarise(samples[f]), renders: samples[f].length })),
    perEventRatio: summarise(ratios).median,
  };
}
