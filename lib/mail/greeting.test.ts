import { describe, expect, it } from "vitest";
import { greetingFor } from "./greeting";

const words = { greeting: "Hei {name},", greetingNoName: "Hei," };

describe("greeting", () => {
  it("greets by the person's name, never by the part of the address before @", () => {
    expect(greetingFor({ name: "Kari Nordmann", email: "kari@example.org" }, words)).toBe("Hei Kari Nordmann,");
    expect(greetingFor({ name: "kari", email: "kari@example.org" }, words)).toBe("Hei,");
    expect(greetingFor({ name: "Kari", email: "KARI@example.org" }, words)).toBe("Hei,");
    expect(greetingFor({ name: "Kari", email: "kari.nordmann@example.org" }, words)).toBe("Hei Kari,");
    expect(greetingFor({ name: " ", email: "kari@example.org" }, words)).toBe("Hei,");
  });
});
