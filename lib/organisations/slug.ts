// A readable, URL-safe slug from an organisation's name: "Kirkens Bymisjon Øst" →
// "kirkens-bymisjon-ost". Norwegian letters are spelled out the usual way before other
// accents are stripped.
const NORWEGIAN: Record<string, string> = { æ: "ae", ø: "o", å: "a" };

export function slugifyName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => NORWEGIAN[letter])
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "organisasjon";
}
