import { describe, expect, it } from "vitest";
import { extractItems } from "./extract";

const Q4_2024 = "Nyhetsbrev oktober–desember 2024\n\n";
const items = (text: string, options = {}) => extractItems(text, options).items;
const only = (text: string, options = {}) => {
  const found = items(text, options);
  expect(found, text).toHaveLength(1);
  return found[0];
};

describe("seminars, courses, conferences and meetings", () => {
  it("reads two events in one sentence, each with its own place and «digitalt»", () => {
    const [haag, digital] = items(
      `${Q4_2024}KOM deltok på fagseminar i Haag 21.-23. oktober og digitalt møte 3. desember i Politiets kompetansegruppe mot menneskehandel.`,
    );
    expect(haag).toMatchObject({ kind: "SEMINAR", startOn: "2024-10-21", endOn: "2024-10-23", location: "Haag", isOnline: false });
    expect(digital).toMatchObject({ startOn: "2024-12-03", endOn: "2024-12-03", location: null, isOnline: true });
    expect(haag.issuer?.slug).toBe("politiets-kompetansegruppe");
    expect(digital.title).toBe("Digitalt møte i Politiets kompetansegruppe mot menneskehandel");
  });

  it("reads times, a venue and a weekday that fixes the year", () => {
    const item = only(`${Q4_2024}KOM arrangerer seminar onsdag 1. oktober kl. 09.00–15.30 på Clarion Hotel Oslo.`);
    expect(item).toMatchObject({
      startOn: "2025-10-01",
      startTime: "09:00",
      endTime: "15:30",
      location: "Clarion Hotel Oslo",
      issuer: { slug: "kom" },
    });
    expect(only(`${Q4_2024}Torsdag 26.august holder Bufdir fagdag i Bergen fra kl. 09:30 til 15:30.`)).toMatchObject({
      startOn: "2025-08-26",
      location: "Bergen",
      startTime: "09:30",
      endTime: "15:30",
    });
  });

  it("reads a course that runs over a period, and a webinar as online", () => {
    expect(only(`${Q4_2024}Kurset går i perioden 18. mars til 18. juni 2025.`)).toMatchObject({
      startOn: "2025-03-18",
      endOn: "2025-06-18",
    });
    expect(only(`${Q4_2024}Helsedirektoratet arrangerer webinar 5. november kl. 14-15.`)).toMatchObject({
      isOnline: true,
      startTime: "14:00",
      endTime: "15:00",
      issuer: { slug: "helsedirektoratet" },
    });
  });

  it("names a conference by its quoted title and its organiser by «i regi av»", () => {
    const item = only(
      `${Q4_2024}KOM deltok på svensk nasjonal konferanse om menneskehandel, "Från ord till handling", i Göteborg 18. oktober, se her. Konferansen var i regi av Nationella samordningen mot prostitution och människohandel (NSPM).`,
    );
    expect(item).toMatchObject({ title: "Från ord till handling", location: "Göteborg", issuer: { slug: "nspm" } });
  });

  it("dates «dagen før» by the sentence before", () => {
    const [, roundTable] = items(
      `${Q4_2024}NSPM arrangerte 18. oktober en konferanse. Dagen før samlet NSPM aktører til et rundbordsmøte om utnyttelse.`,
    );
    expect(roundTable).toMatchObject({ startOn: "2024-10-17", title: "Rundbordsmøte om utnyttelse", issuer: { slug: "nspm" } });
  });

  it("dates a list by the year its introduction gives", () => {
    const found = items(
      `${Q4_2024}RVTS Øst\n\nRVTS Øst arrangerer flere digitale seminarer i 2025:\n\nDigitalt kurs om vold 15.-16. januar, se her.\n\nDigitalt grunnkurs om utnyttelse 4.-5. november, se her.`,
    );
    expect(found.map((i) => [i.title, i.startOn, i.endOn, i.isOnline, i.issuer?.slug])).toEqual([
      ["Digitalt kurs om vold", "2025-01-15", "2025-01-16", true, "rvts-ost"],
      ["Digitalt grunnkurs om utnyttelse", "2025-11-04", "2025-11-05", true, "rvts-ost"],
    ]);
  });

  it("makes one item of an event mentioned twice", () => {
    const found = items(
      `${Q4_2024}KOM deltok på konferansen "Från ord till handling" i Göteborg 18. oktober.\n\nSverige\n\nNSPM arrangerte 18. oktober konferansen "Från ord till handling", se her.`,
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ location: "Göteborg", issuer: { slug: "nspm" } });
    expect(found[0].sources).toHaveLength(2);
  });

  it("keeps the working days of a meeting given two dates, with a warning", () => {
    const found = items(
      "januar–mars 2023\n\nSammen med JD deltar KOM i Østersjørådets (CBSS) arbeidsgruppe.\n\nKOM deltok på arbeidsgruppemøte i Berlin 17.-18. februar.\n\nØstersjørådet (CBSS)\n\nMøtet i arbeidsgruppen ble arrangert 16.-17. februar i Berlin.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ startOn: "2023-02-16", endOn: "2023-02-17", location: "Berlin", issuer: { slug: "cbss" } });
    expect(found[0].warnings[0]).toContain("17.–18. februar 2023 og 16.–17. februar 2023");
  });

  it("keeps two events on the same day by different bodies apart", () => {
    expect(
      items(
        `${Q4_2024}NSPM arrangerte 18. oktober en konferanse i Göteborg.\n\nGRETA\n\nGRETA avholdt 18. oktober det årlige møtet i nettverket.`,
      ),
    ).toHaveLength(2);
  });

  it("takes the new date of a postponed meeting and warns of a cancelled one", () => {
    expect(only(`${Q4_2024}Møtet i nettverket ble utsatt fra 3. desember til 10. desember.`).startOn).toBe("2024-12-10");
    expect(only(`${Q4_2024}Webinaret 4. desember ble avlyst.`).warnings).toEqual(["Teksten sier at arrangementet er avlyst."]);
  });

  it("reads a venue with its town after the time", () => {
    expect(only(`${Q4_2024}Seminaret «Barn i migrasjon» holdes 12. desember kl. 10-15 på Litteraturhuset i Oslo.`)).toMatchObject({
      title: "Barn i migrasjon",
      location: "Litteraturhuset i Oslo",
      startTime: "10:00",
      endTime: "15:00",
    });
  });

  it("makes no event of a campaign or a report launched on a day", () => {
    expect(items(`${Q4_2024}I anledning dagen 18. oktober relanserte EU-kommisjonen kampanjen "End human trafficking".`)).toEqual([]);
  });
});
