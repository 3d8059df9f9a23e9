// The subjects the newsletters' items are tagged with. Only topics some item uses.
import type { SeedTopic } from "./types";

export const topics: SeedTopic[] = [
  { slug: "menneskehandel", name: "Menneskehandel", nameEn: "Human trafficking" },
  { slug: "barn-og-unge", name: "Barn og unge", nameEn: "Children and young people" },
  { slug: "arbeidslivskriminalitet", name: "Arbeidslivskriminalitet", nameEn: "Work-related crime" },
  { slug: "vold-i-naere-relasjoner", name: "Vold i nære relasjoner", nameEn: "Domestic violence" },
  { slug: "migrasjon", name: "Migrasjon", nameEn: "Migration" },
  { slug: "seksuell-utnyttelse", name: "Seksuell utnyttelse", nameEn: "Sexual exploitation" },
  { slug: "seksuallovbrudd", name: "Seksuallovbrudd", nameEn: "Sexual offences" },
  { slug: "digital-sikkerhet", name: "Nett og digital trygghet", nameEn: "Online safety" },
  {
    slug: "radikalisering-og-ekstremisme",
    name: "Radikalisering og voldelig ekstremisme",
    nameEn: "Radicalisation and violent extremism",
  },
  {
    slug: "negativ-sosial-kontroll",
    name: "Negativ sosial kontroll og æresrelatert vold",
    nameEn: "Negative social control and honour-based violence",
  },
  { slug: "velferdstjenester", name: "Velferd og sosiale tjenester", nameEn: "Welfare and social services" },
  { slug: "barnevern", name: "Barnevern", nameEn: "Child welfare services" },
  { slug: "ofres-rettigheter", name: "Ofres rettigheter", nameEn: "Victims' rights" },
  { slug: "rettspraksis", name: "Rettsavgjørelser", nameEn: "Court decisions" },
  { slug: "forskning", name: "Forskning og kunnskap", nameEn: "Research and knowledge" },
  { slug: "internasjonalt-samarbeid", name: "Internasjonalt samarbeid", nameEn: "International cooperation" },
];
