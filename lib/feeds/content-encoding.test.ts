import { describe, expect, it } from "vitest";
import { chooseEncoding } from "./content-encoding";

describe("chooseEncoding", () => {
  it("answers what calendar clients and browsers send", () => {
    expect(chooseEncoding("gzip")).toBe("gzip");
    expect(chooseEncoding("gzip, deflate")).toBe("gzip");
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("br;q=0.5, gzip")).toBe("gzip");
    expect(chooseEncoding("x-gzip")).toBe("gzip");
  });

  it("sends plain bytes when nothing known is accepted, or both are refused", () => {
    expect(chooseEncoding(null)).toBe("identity");
    expect(chooseEncoding("")).toBe("identity");
    expect(chooseEncoding("identity")).toBe("identity");
    expect(chooseEncoding("deflate")).toBe("identity");
    expect(chooseEncoding("gzip;q=0, br;q=0")).toBe("identity");
    expect(chooseEncoding("*;q=0")).toBe("identity");
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding("gzip;q=abc")).toBe("identity");
  });
});
