// The bodies the importer can name. Slugs and short names come from the actors Fristvakt
// already has where it has them; the rest of the ministries and the usual directorates and
// international bodies follow, so that a new newsletter's issuer is recognised too.
import { actors } from "../../../prisma/seed-data/actors";
import type { IssuerRef, IssuerType } from "./types";

export interface IssuerDefinition extends IssuerRef {
  /** Other ways texts write the name: older names, Nynorsk, common shorthand. */
  aliases: string[];
  /** The name in English, as an English announcement's "Issuer:" line gives it. */
  englishName?: string | null;
}

type Row = [slug: string, shortName: string, name: string, type: IssuerType, aliases?: string[]];

const MORE: Row[] = [
  ["jd", "JD", "Justis- og beredskapsdepartementet", "MINISTRY", ["Justisdepartementet"]],
  ["hod", "HOD", "Helse- og omsorgsdepartementet", "MINISTRY"],
  ["kdd", "KDD", "Kommunal- og distriktsdepartementet", "MINISTRY"],
  ["ud", "UD", "Utenriksdepartementet", "MINISTRY", ["Utanriksdepartementet"]],
  ["fin", "FIN", "Finansdepartementet", "MINISTRY"],
  ["kud", "KUD", "Kultur- og likestillingsdepartementet", "MINISTRY", ["Kulturdepartementet"]],
  ["kld", "KLD", "Klima- og miljødepartementet", "MINISTRY"],
  ["nfd", "NFD", "Nærings- og fiskeridepartementet", "MINISTRY"],
  ["fd", "FD", "Forsvarsdepartementet", "MINISTRY"],
  ["lmd", "LMD", "Landbruks- og matdepartementet", "MINISTRY"],
  ["sd", "SD", "Samferdselsdepartementet", "MINISTRY"],
  ["ed", "ED", "Energidepartementet", "MINISTRY"],
  ["smk", "SMK", "Statsministerens kontor", "MINISTRY"],
  ["kmd", "KMD", "Kommunal- og moderniseringsdepartementet", "MINISTRY"],
  ["asd", "ASD", "Arbeids- og sosialdepartementet", "MINISTRY"],
  ["bld", "BLD", "Barne- og likestillingsdepartementet", "MINISTRY"],
  ["bufdir", "Bufdir", "Barne-, ungdoms- og familiedirektoratet", "DIRECTORATE"],
  ["udi", "UDI", "Utlendingsdirektoratet", "DIRECTORATE"],
  ["imdi", "IMDi", "Integrerings- og mangfoldsdirektoratet", "DIRECTORATE"],
  ["helsedirektoratet", "Helsedirektoratet", "Helsedirektoratet", "DIRECTORATE", ["Hdir"]],
  ["nav", "NAV", "Arbeids- og velferdsetaten", "DIRECTORATE", ["Nav"]],
  ["skatteetaten", "Skatteetaten", "Skatteetaten", "DIRECTORATE"],
  ["kripos", "Kripos", "Kripos", "DIRECTORATE"],
  ["pst", "PST", "Politiets sikkerhetstjeneste", "DIRECTORATE"],
  ["riksadvokaten", "Riksadvokaten", "Riksadvokaten", "DIRECTORATE"],
  ["kdi", "KDI", "Kriminalomsorgsdirektoratet", "DIRECTORATE"],
  ["statens-helsetilsyn", "Statens helsetilsyn", "Statens helsetilsyn", "DIRECTORATE"],
  ["medietilsynet", "Medietilsynet", "Medietilsynet", "DIRECTORATE"],
  ["dfo", "DFØ", "Direktoratet for forvaltning og økonomistyring", "DIRECTORATE"],
  ["barneombudet", "Barneombudet", "Barneombudet", "OTHER"],
  ["ldo", "LDO", "Likestillings- og diskrimineringsombudet", "OTHER"],
  ["nim", "NIM", "Norges institusjon for menneskerettigheter", "OTHER"],
  ["nkvts", "NKVTS", "Nasjonalt kunnskapssenter om vold og traumatisk stress", "RESEARCH"],
  ["isf", "ISF", "Institutt for samfunnsforskning", "RESEARCH"],
  ["unodc", "UNODC", "United Nations Office on Drugs and Crime", "INTERNATIONAL"],
  ["iom", "IOM", "Den internasjonale organisasjonen for migrasjon", "INTERNATIONAL"],
  ["europol", "Europol", "Europol", "INTERNATIONAL"],
  ["frontex", "Frontex", "Frontex", "INTERNATIONAL"],
  [
    "stortinget",
    "Stortinget",
    "Stortinget",
    "OTHER",
    [
      "Justiskomiteen",
      "Arbeids- og sosialkomiteen",
      "Familie- og kulturkomiteen",
      "Næringskomiteen",
      "Kontroll- og konstitusjonskomiteen",
      "Utenriks- og forsvarskomiteen",
      "Kommunal- og forvaltningskomiteen",
      "Helse- og omsorgskomiteen",
      "Utdannings- og forskningskomiteen",
      "Finanskomiteen",
      "Transport- og kommunikasjonskomiteen",
      "Energi- og miljøkomiteen",
    ],
  ],
  ["heuni", "HEUNI", "The European Institute for Crime Prevention and Control", "INTERNATIONAL"],
];

function fromRows(rows: Row[]): IssuerDefinition[] {
  return rows.map(([slug, shortName, name, type, aliases = []]) => ({ slug, shortName, name, type, aliases }));
}

function mergeBySlug(lists: IssuerDefinition[][]): IssuerDefinition[] {
  const bySlug = new Map<string, IssuerDefinition>();
  for (const issuer of lists.flat()) {
    const known = bySlug.get(issuer.slug);
    // The first list wins for names; later lists only add aliases.
    if (known) known.aliases = [...new Set([...known.aliases, ...issuer.aliases])];
    else bySlug.set(issuer.slug, { ...issuer, aliases: [...issuer.aliases] });
  }
  return [...bySlug.values()];
}

export const KNOWN_ISSUERS: IssuerDefinition[] = mergeBySlug([
  actors.map((a) => ({ slug: a.slug, shortName: a.shortName, name: a.name, type: a.type, aliases: [], englishName: a.nameEn })),
  fromRows(MORE),
]);

export function findKnownIssuer(slug: string): IssuerDefinition | undefined {
  return KNOWN_ISSUERS.find((issuer) => issuer.slug === slug);
}
