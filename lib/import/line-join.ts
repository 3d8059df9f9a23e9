// Joining the lines a PDF broke a paragraph into. A word split at the line end loses its
// hyphen ("forvaltnings-" + "departementet"), unless the hyphen belongs there: before "og"
// ("draps- og andre"), after an abbreviation ("EØS-borgere") or before a capital
// ("Vest-Europa").
export function joinLines(lines: string[]): string {
  let text = "";
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (!text) {
      text = line;
      continue;
    }
    const split = /(\p{L})-$/u.exec(text);
    if (!split) {
      text += ` ${line}`;
      continue;
    }
    const nextWord = /^\S+/.exec(line)?.[0] ?? "";
    if (/^(og|eller|and|or)$/i.test(nextWord)) text += ` ${line}`;
    else if (/^\p{Lu}/u.test(nextWord) || /\p{Lu}{2,}-$/u.test(text)) text += line;
    else text = text.slice(0, -1) + line;
  }
  return text.replace(/[ \t]+/g, " ");
}
