// Joining the lines a PDF broke a paragraph into. A word split at the line end loses its
// hyphen ("forvaltnings-" + "departementet"), unless the hyphen belongs there: before "og"
// ("draps- og andre"), after an abbreviation ("EØS-borgere") or before a capital
// ("Vest-Europa").
// The pieces are kept in an array and only the last one is looked at, so a paragraph of a
// hundred thousand lines is joined in one pass.
export function joinLines(lines: string[]): string {
  const pieces: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const last = pieces.at(-1);
    if (last === undefined) {
      pieces.push(line);
      continue;
    }
    if (!/\p{L}-$/u.test(last)) {
      pieces.push(" ", line);
      continue;
    }
    const nextWord = /^\S+/.exec(line)?.[0] ?? "";
    if (/^(og|eller|and|or)$/i.test(nextWord)) pieces.push(" ", line);
    else if (/^\p{Lu}/u.test(nextWord) || /\p{Lu}{2,}-$/u.test(last)) pieces[pieces.length - 1] = last + line;
    else pieces[pieces.length - 1] = last.slice(0, -1) + line;
  }
  return pieces.join("").replace(/[ \t]+/g, " ");
}
