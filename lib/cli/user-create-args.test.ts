import { describe, expect, it } from "vitest";
import { parseUserCreateArgs } from "./user-create-args";

describe("user:create arguments", () => {
  it("reads the documented flags, in either form, and fills in a name", () => {
    expect(
      parseUserCreateArgs(["--email", "Kari@Example.org", "--password=et godt passord", "--role", "member", "--org", "Kirkens Bymisjon"]),
    ).toEqual({
      kind: "ok",
      args: { email: "Kari@Example.org", password: "et godt passord", role: "MEMBER", organisationName: "Kirkens Bymisjon", name: "Kari" },
    });
    expect(parseUserCreateArgs(["--email", "a@b.no", "--password", "p", "--role", "ADMIN", "--name", "Anne"])).toMatchObject({
      args: { role: "ADMIN", organisationName: null, name: "Anne" },
    });
    expect(parseUserCreateArgs(["--email", "a@b.no", "--help"])).toEqual({ kind: "help" });
  });

  it("explains what is wrong", () => {
    const message = (argv: string[]) => {
      const parsed = parseUserCreateArgs(argv);
      return parsed.kind === "error" ? parsed.message : parsed.kind;
    };
    expect(message([])).toBe("Missing --email, --password, --role.");
    expect(message(["--email", "a@b.no", "--password", "p", "--role", "BOSS"])).toMatch(/--role must be MEMBER, EDITOR or ADMIN/);
    expect(message(["--email", "a@b.no", "--password", "p", "--role", "MEMBER"])).toBe("A MEMBER needs --org NAME.");
    expect(message(["--email", "--password", "p"])).toBe("--email needs a value.");
    expect(message(["--mail", "a@b.no"])).toBe('Unknown argument "--mail".');
    expect(message(["--role", "ADMIN", "--role", "EDITOR"])).toBe("--role is given twice.");
  });
});
