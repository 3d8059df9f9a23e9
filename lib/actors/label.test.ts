import { describe, expect, it } from "vitest";
import { actorLabel } from "./label";

describe("actorLabel", () => {
  it("adds the short name in brackets when it says something new", () => {
    expect(actorLabel({ name: "Justis- og beredskapsdepartementet", shortName: "JD" })).toBe("Justis- og beredskapsdepartementet (JD)");
    expect(actorLabel({ name: "Politidirektoratet", shortName: "POD" })).toBe("Politidirektoratet (POD)");
  });

  it("does not name an actor twice", () => {
    expect(actorLabel({ name: "Europarådets ekspertgruppe mot menneskehandel (GRETA)", shortName: "GRETA" })).toBe(
      "Europarådets ekspertgruppe mot menneskehandel (GRETA)",
    );
    expect(actorLabel({ name: "GRETA", shortName: "GRETA" })).toBe("GRETA");
    expect(actorLabel({ name: "Forskningsstiftelsen Fafo", shortName: "Fafo" })).toBe("Forskningsstiftelsen Fafo");
    expect(actorLabel({ name: "Voldtektsutvalget", shortName: "" })).toBe("Voldtektsutvalget");
  });

  it("does not mistake a short name inside a longer word for the short name", () => {
    expect(actorLabel({ name: "Kunnskapsdepartementet", shortName: "KD" })).toBe("Kunnskapsdepartementet (KD)");
    expect(actorLabel({ name: "Arbeidstilsynet", shortName: "AT" })).toBe("Arbeidstilsynet (AT)");
  });
});
