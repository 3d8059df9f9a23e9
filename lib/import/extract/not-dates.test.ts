import { describe, expect, it } from "vitest";
import { findDateMentions } from "./dates";
import { dateRole } from "./not-dates";

function roleIn(sentence: string) {
  const [mention] = findDateMentions(sentence);
  return dateRole(sentence, mention);
}

describe("dates that date nothing to track", () => {
  it.each([
    ["Endringene følger av lov 20. juni 2008 nr. 42.", "law"],
    ["Forskrift 1. januar 2020 om tilskudd.", "law"],
    ["Stortinget vedtok 26. november endringer i straffeloven.", "decision"],
    ["Regjeringen nedsatte 17. februar et utvalg.", "decision"],
    ["De nye reglene trådte i kraft 1. april 2023.", "decision"],
    ["Meldingen ble lagt frem for Stortinget 6. desember.", "publication"],
    ["JD publiserte 14. februar en veileder.", "publication"],
    ["JD la 22. november frem et lovforslag.", "publication"],
    ["Utredningen ble overlevert AID 13. desember 2022.", "publication"],
    ["(Trøndelag tingrett, TTRO-2024-127230, 17.12.2024)", "case"],
    ["T.V. v. Spain (application no. 22512/21, 10.10.2024)", "case"],
  ])("%s → %s", (sentence, role) => {
    expect(roleIn(sentence)).toBe(role);
  });

  it("keeps a date that follows an event word", () => {
    expect(roleIn("Rapporten ble lansert på KOM-seminar 18. januar.")).toBeNull();
    expect(roleIn("JD sendte 6. desember på høring forslag til endringer.")).toBeNull();
    expect(roleIn("Høringsfrist er 17. januar.")).toBeNull();
  });
});
