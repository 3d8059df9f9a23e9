// Official document references, written the standard way whatever the spacing in the text:
// "NOU 2024: 20" → "NOU 2024:20", "Prop. 30 L (2024-2025)" → "Prop. 30 L (2024–2025)",
// "Meld. St. 7 (2024–2025)", "dokument 8:161 S (2022-2023)" → "Dokument 8:161 S (2022–2023)".

export interface ReferenceMention {
  reference: string;
  index: number;
  endIndex: number;
}

const SESSION = String.raw`\(\s*(\d{4})\s*[-–—]\s*(\d{4})\s*\)`;
const PATTERNS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/\bNOU\s+(\d{4})\s*:\s*(\d{1,3})(?!\d)/g, (m) => `NOU ${m[1]}:${Number(m[2])}`],
  [new RegExp(String.raw`\bProp\.\s*(\d{1,3})\s*(LS|L|S)\s*${SESSION}`, "g"), (m) => `Prop. ${m[1]} ${m[2]} (${m[3]}–${m[4]})`],
  [new RegExp(String.raw`\bMeld\.\s*St\.\s*(\d{1,3})\s*${SESSION}`, "g"), (m) => `Meld. St. ${m[1]} (${m[2]}–${m[3]})`],
  [
    new RegExp(String.raw`\b[Dd]okument\s+(?:nr\.\s*)?(\d{1,2})\s*:\s*(\d{1,4})\s*(LS|L|S)?\s*${SESSION}`, "g"),
    (m) => `Dokument ${m[1]}:${m[2]}${m[3] ? ` ${m[3]}` : ""} (${m[4]}–${m[5]})`,
  ],
  [new RegExp(String.raw`\bInnst\.\s*(\d{1,3})\s*(LS|L|S)\s*${SESSION}`, "g"), (m) => `Innst. ${m[1]} ${m[2]} (${m[3]}–${m[4]})`],
];

export function findReferences(text: string): ReferenceMention[] {
  const found: ReferenceMention[] = [];
  for (const [pattern, format] of PATTERNS) {
    for (const m of text.matchAll(pattern)) found.push({ reference: format(m), index: m.index!, endIndex: m.index! + m[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}
