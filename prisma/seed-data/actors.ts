// Every body that issues or organises an item of the two KOM newsletters.
// Slugs are lower-case ASCII kebab-case; `url` is the official homepage, or null where unsure.
import type { SeedActor } from "./types";

export const actors: SeedActor[] = [
  // Ministries
  {
    slug: "jd",
    shortName: "JD",
    name: "Justis- og beredskapsdepartementet",
    nameEn: "Ministry of Justice and Public Security",
    type: "MINISTRY",
    url: "https://www.regjeringen.no/no/dep/jd/",
  },
  {
    slug: "aid",
    shortName: "AID",
    name: "Arbeids- og inkluderingsdepartementet",
    nameEn: "Ministry of Labour and Social Inclusion",
    type: "MINISTRY",
    url: "https://www.regjeringen.no/no/dep/aid/",
  },
  {
    slug: "bfd",
    shortName: "BFD",
    name: "Barne- og familiedepartementet",
    nameEn: "Ministry of Children and Families",
    type: "MINISTRY",
    url: "https://www.regjeringen.no/no/dep/bfd/",
  },
  {
    slug: "kd",
    shortName: "KD",
    name: "Kunnskapsdepartementet",
    nameEn: "Ministry of Education and Research",
    type: "MINISTRY",
    url: "https://www.regjeringen.no/no/dep/kd/",
  },
  {
    slug: "dfd",
    shortName: "DFD",
    name: "Digitaliserings- og forvaltningsdepartementet",
    nameEn: "Ministry of Digitalisation and Public Governance",
    type: "MINISTRY",
    url: "https://www.regjeringen.no/no/dep/dfd/",
  },

  // Directorates and other Norwegian public bodies
  {
    slug: "pod",
    shortName: "POD",
    name: "Politidirektoratet",
    nameEn: "Norwegian Police Directorate",
    type: "DIRECTORATE",
    url: "https://www.politiet.no/",
  },
  {
    slug: "arbeidstilsynet",
    shortName: "Arbeidstilsynet",
    name: "Arbeidstilsynet",
    nameEn: "Norwegian Labour Inspection Authority",
    type: "DIRECTORATE",
    url: "https://www.arbeidstilsynet.no/",
  },
  {
    slug: "kom",
    shortName: "KOM",
    name: "Koordineringsenheten mot menneskehandel",
    nameEn: "Norwegian Coordination Unit against Human Trafficking",
    type: "OTHER",
    url: "https://www.politiet.no/rad/menneskehandel/koordineringsenheten-mot-menneskehandel/",
  },
  {
    slug: "politiets-kompetansegruppe",
    shortName: "Politiets kompetansegruppe",
    name: "Politiets kompetansegruppe mot menneskehandel",
    nameEn: "Police expert group against human trafficking",
    type: "OTHER",
    url: null,
  },
  {
    slug: "lovutvalg-negativ-sosial-kontroll",
    shortName: "Lovutvalget om negativ sosial kontroll",
    name: "Lovutvalget om negativ sosial kontroll, æresrelatert vold, tvangsekteskap, kjønnslemlestelse og psykisk vold",
    nameEn:
      "Law committee on negative social control, honour-based violence, forced marriage, female genital mutilation and psychological violence",
    type: "OTHER",
    url: null,
  },
  {
    slug: "voldtektsutvalget",
    shortName: "Voldtektsutvalget",
    name: "Voldtektsutvalget",
    nameEn: "Committee on the prevention and prosecution of rape",
    type: "OTHER",
    url: null,
  },

  // Research institutes and resource centres
  {
    slug: "fafo",
    shortName: "Fafo",
    name: "Forskningsstiftelsen Fafo",
    nameEn: "Fafo Institute for Labour and Social Research",
    type: "RESEARCH",
    url: "https://www.fafo.no/",
  },
  {
    slug: "rvts-ost",
    shortName: "RVTS Øst",
    name: "Regionalt ressurssenter om vold, traumatisk stress og selvmordsforebygging Øst",
    nameEn: "Regional Resource Centre on Violence, Traumatic Stress and Suicide Prevention, Eastern Norway",
    type: "OTHER",
    url: "https://rvtsost.no/",
  },

  // International and foreign bodies
  {
    slug: "osse",
    shortName: "OSSE",
    name: "Organisasjonen for sikkerhet og samarbeid i Europa",
    nameEn: "Organization for Security and Co-operation in Europe (OSCE)",
    type: "INTERNATIONAL",
    url: "https://www.osce.org/",
  },
  {
    slug: "greta",
    shortName: "GRETA",
    name: "Europarådets ekspertgruppe mot menneskehandel (GRETA)",
    nameEn: "Group of Experts on Action against Trafficking in Human Beings (Council of Europe)",
    type: "INTERNATIONAL",
    url: "https://www.coe.int/en/web/anti-human-trafficking",
  },
  {
    slug: "cbss",
    shortName: "CBSS",
    name: "Østersjørådet",
    nameEn: "Council of the Baltic Sea States",
    type: "INTERNATIONAL",
    url: "https://cbss.org/",
  },
  {
    slug: "nordisk-ministerrad",
    shortName: "Nordisk ministerråd",
    name: "Nordisk ministerråd",
    nameEn: "Nordic Council of Ministers",
    type: "INTERNATIONAL",
    url: "https://www.norden.org/",
  },
  {
    slug: "eu-kommisjonen",
    shortName: "EU-kommisjonen",
    name: "Europakommisjonen",
    nameEn: "European Commission",
    type: "INTERNATIONAL",
    url: "https://commission.europa.eu/",
  },
  {
    slug: "eu-formannskapet-sverige",
    shortName: "Sveriges EU-formannskap",
    name: "Sveriges formannskap i Rådet for Den europeiske union",
    nameEn: "Swedish Presidency of the Council of the European Union",
    type: "INTERNATIONAL",
    url: null,
  },
  {
    slug: "nspm",
    shortName: "NSPM",
    name: "Nationella samordningen mot prostitution och människohandel (Jämställdhetsmyndigheten)",
    nameEn: "National Coordination against Prostitution and Human Trafficking (Swedish Gender Equality Agency)",
    type: "DIRECTORATE",
    url: "https://nspm.jamstalldhetsmyndigheten.se/",
  },
];
