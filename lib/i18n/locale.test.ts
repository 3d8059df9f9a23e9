import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./locale";
import { en } from "./messages/en";
import { nb } from "./messages/nb";
import { interpolate } from "./messages";

describe("negotiateLocale", () => {
  it("defaults to Norwegian Bokmål", () => {
    expect(negotiateLocale(undefined, null)).toBe("nb");
    expect(negotiateLocale(undefined, "fr-FR,de;q=0.8")).toBe("nb");
  });

  it("follows the browser when no choice was saved", () => {
    expect(negotiateLocale(undefined, "en-GB,en;q=0.9")).toBe("en");
    expect(negotiateLocale(undefined, "nn-NO,en;q=0.5")).toBe("nb");
    expect(negotiateLocale(undefined, "de;q=0.9,en;q=0.8,nb;q=0.7")).toBe("en");
    expect(negotiateLocale(undefined, "en;q=0.4,no;q=0.9")).toBe("nb");
    expect(negotiateLocale(undefined, "en;q=0")).toBe("nb");
  });

  it("prefers the saved choice over the browser, and ignores a forged cookie", () => {
    expect(negotiateLocale("nb", "en-US")).toBe("nb");
    expect(negotiateLocale("en", "nb-NO")).toBe("en");
    expect(negotiateLocale("<script>", "en-US")).toBe("en");
  });
});

describe("messages", () => {
  function keys(value: object, prefix = ""): string[] {
    return Object.entries(value).flatMap(([key, child]) =>
      typeof child === "object" && child !== null ? keys(child, `${prefix}${key}.`) : [`${prefix}${key}`],
    );
  }

  it("has every Norwegian text in English too, with the same placeholders", () => {
    expect(keys(en)).toEqual(keys(nb));
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const lookup = (root: object, path: string) => path.split(".").reduce<any>((node, key) => node[key], root);
    for (const key of keys(nb)) expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(nb, key)));
  });

  it("interpolates named values and leaves unknown ones visible", () => {
    expect(interpolate("om {days} dager", { days: 7 })).toBe("om 7 dager");
    expect(interpolate("{a} og {b}", { a: "x" })).toBe("x og {b}");
  });
});
