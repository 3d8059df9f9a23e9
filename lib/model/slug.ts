// Slugs and word keys in plain ASCII, for every folder: "Østersjørådet" → "ostersjoradet".
const FOLD: Record<string, string> = { æ: "ae", ø: "o", å: "a", ä: "a", ö: "o", ü: "u", é: "e", è: "e", á: "a" };

export function foldLetters(text: string): string {
  return text.toLowerCase().replace(/[æøåäöüéèá]/g, (ch) => FOLD[ch] ?? ch);
}

export function slugify(text: string, maxLength = 60): string {
  const slug = foldLetters(text)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, maxLength).replace(/-+$/, "");
}
