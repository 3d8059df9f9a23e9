// Reads a V8 .cpuprofile (node --cpu-prof) and sums its self time by where the code comes
// from, so a request's CPU can be split into session decoding, database driver, rendering…
import fs from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

// First match wins: the more specific places first. Turbopack names the chunks it bundles
// after the modules' paths, with "_" for "/", hence the separators.
const SEP = "[\\\\/_]";
const PLACES: [string, RegExp][] = [
  ["session (Auth.js, jose)", new RegExp(`next-auth|@auth${SEP}core|${SEP}jose${SEP}|oauth4webapi|@panva`)],
  ["database (Prisma, pg)", new RegExp(`prisma|${SEP}pg${SEP}|pg-protocol|pg-pool|adapter-pg|query_compiler|\\.wasm`)],
  ["React rendering", new RegExp(`react-dom|react-server-dom|${SEP}react${SEP}|compiled${SEP}react`)],
  // Next.js ships React's server renderer inside its page runtime.
  ["Next.js page runtime (React rendering inside)", /app-(?:page|route)[\w.-]*runtime/],
  ["Next.js (routing, proxy, streams)", new RegExp(`${SEP}next${SEP}dist`)],
  ["Fristvakt code and other bundled code", /\.next[\\/]server|[\\/]app[\\/]|[\\/]lib[\\/]/],
  ["Node.js", /^node:|^internal/],
  ["V8 built-ins (JSON, RegExp, crypto…)", /^$/],
];

export interface CpuSplit {
  totalMs: number;
  byPlace: { place: string; ms: number }[];
  /** The functions with the most self time: name and the end of their file's address. */
  topFunctions: { name: string; ms: number }[];
}

/**
 * The profile's busy time by place, counting only its last `lastMs` milliseconds (the measured
 * load), or, with `untilMs`, only the time from `lastMs` to `untilMs` before its end (one part
 * of the load).
 */
export function splitCpuProfile(file: string, lastMs = Infinity, untilMs = 0): CpuSplit {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
  const from = profile.endTime - lastMs * 1000;
  const until = profile.endTime - untilMs * 1000;
  let at = profile.startTime;
  const placeOf = new Map<number, string>();
  for (const node of profile.nodes) {
    const { functionName, url } = node.callFrame;
    if (functionName === "(idle)" || functionName === "(program)") placeOf.set(node.id, "idle");
    else if (functionName === "(garbage collector)") placeOf.set(node.id, "garbage collection");
    else placeOf.set(node.id, PLACES.find(([, pattern]) => pattern.test(url))?.[0] ?? "other");
  }
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const sums = new Map<string, number>();
  const byFunction = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    at += profile.timeDeltas[index] ?? 0;
    if (at < from || at > until) return;
    const place = placeOf.get(id) ?? "other";
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    sums.set(place, (sums.get(place) ?? 0) + ms);
    if (place === "idle") return;
    const { functionName, url } = nodes.get(id)!.callFrame;
    const name = `${functionName || "(anonymous)"} ${url.split(/[\\/]/).pop() ?? ""}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  });
  sums.delete("idle");
  const byPlace = [...sums].map(([place, ms]) => ({ place, ms })).sort((a, b) => b.ms - a.ms);
  const topFunctions = [...byFunction]
    .map(([name, ms]) => ({ name, ms }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 12);
  return { totalMs: byPlace.reduce((sum, entry) => sum + entry.ms, 0), byPlace, topFunctions };
}
