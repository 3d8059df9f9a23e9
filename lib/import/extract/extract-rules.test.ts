import { describe, expect, it } from "vitest";
import { extractItems } from "./extract";
import { toItemJson } from "../output";

const Q4_2024 = "Nyhetsbrev oktober–desember 2024\n\n";

describe("other dated deadlines", () => {
  it.each([
    ["Prosjektet er tildelt Fafo. Sluttrapport skal leveres 15. november 2025.", "2025-11-15", "fafo"],
    ["KOM utarbeider oversikt over rettsavgjørelser. Neste oppdatering blir per 30. april.", "2025-04-30", "kom"],
    ["Bufdir holder kurs. Påmeldingsfrist 10. januar.", "2025-01-10", "bufdir"],
    ["Voldtektsutvalget skal levere en NOU innen utgangen av februar 2028.", "2028-02-29", "voldtektsutvalget"],
    ["Fristen for å søke tilskudd fra Bufdir er 1. mars.", "2025-03-01", "bufdir"],
  ])("reads «%s»", (text, deadline, issuer) => {
    const deadlines = extractItems(Q4_2024 + text).items.filter((i) => i.kind === "DEADLINE");
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]).toMatchObject({ deadline, issuer: { slug: issuer } });
  });

  it("titles the next update after what is updated", () => {
    const [item] = extractItems(
      `${Q4_2024}KOM utarbeider oversikt over rettsavgjørelser om menneskehandel (straffesaker). Neste oppdatering blir per 30. april.`,
    ).items;
    expect(item.title).toBe("Neste oppdatering av oversikt over rettsavgjørelser om menneskehandel");
  });
});

describe("nothing invented", () => {
  it.each([
    "Strategien legges frem våren 2025.",
    "Rapporten vil bli ferdigstilt før sommeren.",
    "Planen blir lagt fram i løpet av høsten.",
    "Stortinget vedtok 26. november endringer i straffeloven.",
    "Endringene følger av lov 20. juni 2008 nr. 42 om straff.",
    "Kripos publiserte i desember rapporten «Trusler».",
    "Meld. St. 7 (2024–2025) ble lagt frem for Stortinget 6. desember, se her.",
    "JD la 22. november frem forslag til ny lov, se Prop. 30 L (2024–2025) her.",
    "Tilbudet gjelder personer 75 – 80 år og barn 15-16 år.",
    "Tingretten dømte ham (Trøndelag tingrett, TTRO-2024-127230, 17.12.2024).",
    "Fafo Østforum arrangerte i november seminaret «Arbeidsinnvandring».",
    "Regjeringen lanserte 6. desember «Strategi for likestilling 2025-2030», se her.",
  ])("makes no item of «%s»", (text) => {
    expect(extractItems(Q4_2024 + text).items).toEqual([]);
  });

  it("returns times without a day as notes", () => {
    const { notes } = extractItems(
      `${Q4_2024}Strategien legges frem våren 2025. Rapporten vil bli ferdigstilt før sommeren. Planen legges fram i løpet av høsten. Våren 2024 fikk NKVTS et oppdrag.`,
    );
    expect(notes.map((n) => n.phrase)).toEqual(["våren 2025", "før sommeren", "i løpet av høsten"]);
  });
});

describe("years", () => {
  const text = "JD sendte 16. oktober på høring et forslag. Høringsfrist er 17. januar.";

  it("takes --as-of over the newsletter's own period", () => {
    const [item] = extractItems(`Nyhetsbrev oktober–desember 2022\n\n${text}`, { asOf: "2025-01-10" }).items;
    expect(item).toMatchObject({ sentOn: "2024-10-16", deadline: "2025-01-17" });
  });

  it("falls back on today when the text states no period", () => {
    const [item] = extractItems(text, { today: "2023-11-20" }).items;
    expect(item).toMatchObject({ sentOn: "2023-10-16", deadline: "2024-01-17" });
  });
});

describe("links", () => {
  it("gives each «se her» the address listed for it after the page", () => {
    const text = `${Q4_2024}RVTS Øst arrangerer kurs i 2025:\n\nDigitalt kurs om vold 15. januar, se her.\n\nDigitalt kurs om rus 16. januar, se her.\n\nhttps://rvts.example/kurs-1\nhttps://rvts.example/kurs-2\n`;
    expect(extractItems(text).items.map((i) => i.url)).toEqual(["https://rvts.example/kurs-1", "https://rvts.example/kurs-2"]);
  });

  it("matches an address by the words it shares with the item when counts differ", () => {
    const text = `${Q4_2024}JD sendte 6. desember på høring forslag om varsling av fornærmede, se her. Høringsfrist er 1. april. Se også politiet.no/menneskehandel og her.\n\nhttps://x.example/annet\nhttps://x.example/horing-forslag-varsling-fornarmede\nhttps://x.example/tredje\n`;
    expect(extractItems(text).items[0].url).toBe("https://x.example/horing-forslag-varsling-fornarmede");
  });

  it("uses a Markdown link in the sentence", () => {
    const [item] = extractItems(`${Q4_2024}Bufdir holder seminar 5. november, se [her](https://bufdir.example/seminar).`).items;
    expect(item.url).toBe("https://bufdir.example/seminar");
  });
});

describe("JSON output", () => {
  it("has exactly the fields of the command-line contract", () => {
    const [item] = extractItems(`${Q4_2024}KD sendte 11. november på høring NOU 2024: 20. Høringsfrist er 11. februar.`).items;
    expect(toItemJson(item)).toEqual({
      kind: "HEARING",
      title: "NOU 2024:20",
      reference: "NOU 2024:20",
      issuer: "KD",
      sentDate: "2024-11-11",
      deadline: "2025-02-11",
      start: null,
      end: null,
      location: null,
      online: false,
      url: null,
    });
  });

  it("gives every item a stable, unique key", () => {
    const text = `${Q4_2024}Bufdir holder kurs 5. november. Bufdir holder kurs 5. november i Bergen.`;
    const first = extractItems(text).items.map((i) => i.key);
    expect(extractItems(text).items.map((i) => i.key)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });
});
