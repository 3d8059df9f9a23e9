import { describe, expect, it } from "vitest";
import { findIssuerMentions, issuerBySlug } from "./issuers";

const slugs = (text: string) => findIssuerMentions(text).map((m) => m.issuer.slug);

describe("issuers named in a text", () => {
  it.each([
    ["JD sendte 6. desember", "jd"],
    ["AID sendte 29. mars", "aid"],
    ["BFD og", "bfd"],
    ["KD har", "kd"],
    ["DFD har", "dfd"],
    ["HOD har", "hod"],
    ["KDD har", "kdd"],
    ["UD har", "ud"],
    ["Digitaliserings- og forvaltningsdepartementet sendte", "dfd"],
    ["Arbeids- og inkluderingsdepartementet sendte", "aid"],
    ["Helse- og omsorgsdepartementet sende", "hod"],
    ["Utanriksdepartementet meiner", "ud"],
    ["kontoret for OSSEs spesialrepresentant", "osse"],
    ["seminar for Arbeidstilsynets kontakter", "arbeidstilsynet"],
    ["Oppnevning av nytt voldtektsutvalg", "voldtektsutvalget"],
    ["med Lovutvalg om negativ sosial kontroll", "lovutvalg-negativ-sosial-kontroll"],
    ["Regionalt ressurssenter om vold, traumatisk stress og selvmordsforebygging (RVTS) Øst arrangerer", "rvts-ost"],
    ["tildelt forskningsstiftelsen Fafo.", "fafo"],
  ])("finds the issuer in «%s»", (text, slug) => {
    expect(slugs(text)).toEqual([slug]);
  });

  it("gives the short name and slug of a ministry written in full", () => {
    const [mention] = findIssuerMentions("Digitaliserings- og forvaltningsdepartementet");
    expect(mention.issuer).toMatchObject({ shortName: "DFD", slug: "dfd", type: "MINISTRY" });
  });

  it("recognises a rotating EU presidency", () => {
    expect(findIssuerMentions("i regi av Sveriges formannskap i Rådet for EU")[0].issuer).toMatchObject({
      slug: "eu-formannskapet-sverige",
      shortName: "Sveriges EU-formannskap",
    });
    expect(findIssuerMentions("Polens formannskap i Rådet for EU")[0].issuer.slug).toBe("eu-formannskapet-polen");
  });

  it("does not read a mail address or a Nynorsk verb as a body", () => {
    expect(slugs("kontakt oss på KOM.pod@politiet.no")).toEqual([]);
    expect(slugs("Han kom til møtet")).toEqual([]);
  });

  it("prefers the longer name where two overlap", () => {
    expect(findIssuerMentions("i Politiets kompetansegruppe mot menneskehandel")[0].endIndex).toBe(47);
  });

  it("looks up a known issuer by slug", () => {
    expect(issuerBySlug("jd")?.name).toBe("Justis- og beredskapsdepartementet");
    expect(issuerBySlug("finnes-ikke")).toBeNull();
  });
});
