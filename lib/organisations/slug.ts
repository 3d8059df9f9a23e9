import { slugify } from "../model/slug";

// A readable, URL-safe slug from an organisation's name: "Kirkens Bymisjon Øst" →
// "kirkens-bymisjon-ost"; a name with no letters or digits at all gets a word of its own.
export function slugifyName(name: string): string {
  return slugify(name) || "organisasjon";
}
