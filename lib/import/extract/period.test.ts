import { describe, expect, it } from "vitest";
import { findNewsletterPeriod, findPublicationDate } from "./period";

describe("the newsletter's own period", () => {
  it("reads a period with its year", () => {
    expect(findNewsletterPeriod("Nyhetsbrev fra KOM\n\njanuar–mars 2023\n\nTil KOMs samarbeidsaktører")).toMatchObject({
      fromMonth: 1,
      toMonth: 3,
      year: 2023,
      label: "januar–mars 2023",
    });
  });

  it("skips the previous and the next issue's periods", () => {
    const text =
      "Forrige nyhetsbrev fra KOM var for perioden oktober–desember 2022. Neste nyhetsbrev blir for perioden april–juni.\n\nKOMs hovedaktiviteter i januar–mars 2023";
    expect(findNewsletterPeriod(text)?.label).toBe("januar–mars 2023");
  });

  it("dates a period without a year by the previous issue", () => {
    const text = "KOMs hovedaktiviteter i oktober–desember\n\nForrige nyhetsbrev fra KOM var for perioden juli–september 2024.";
    expect(findNewsletterPeriod(text)?.label).toBe("oktober–desember 2024");
    const turnOfYear = "Aktiviteter i januar–mars\n\nForrige nyhetsbrev var for perioden oktober–desember 2024.";
    expect(findNewsletterPeriod(turnOfYear)?.year).toBe(2025);
  });

  it("returns null when the text states no period", () => {
    expect(findNewsletterPeriod("Seminar 5. mai om menneskehandel.")).toBeNull();
  });

  it("reads a publication date near the top", () => {
    expect(findPublicationDate("Kalender\n\nPublisert 10. januar 2025\n\nTekst")).toBe("2025-01-10");
    expect(findPublicationDate("Dato: 15.01.2025")).toBe("2025-01-15");
    expect(findPublicationDate("Publisert i januar")).toBeNull();
  });
});
