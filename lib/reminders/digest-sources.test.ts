// Editors' weekly digest names the sources that have gone quiet; members' digests do not.
import { describe, expect, it } from "vitest";
import { renderDigestEmail } from "./render-digest";
import { selectDigests } from "./select";
import { member, NO_PREFERENCES } from "../dev/testing/reminder-data";

const monday = new Date("2025-01-13T08:00:00+01:00");
const quiet = [{ name: "Stortingets komitéhøringer", lastError: "data.stortinget.no did not answer within 20 s." }];

describe("quiet sources in the weekly digest", () => {
  it("go to editors, even in a week with no deadlines, and never to members", () => {
    const editor = { ...member(), isEditor: true };
    const [digest] = selectDigests([editor], [], [], NO_PREFERENCES, monday, quiet);
    expect(digest.quietSources).toEqual(quiet);
    expect(selectDigests([member()], [], [], NO_PREFERENCES, monday, quiet)).toEqual([]);

    const email = renderDigestEmail(digest, {
      baseUrl: "https://fristvakt.example.org",
      unsubscribeUrl: "https://fristvakt.example.org/u/x",
      now: monday,
    });
    expect(email.text).toContain("Kilder som ikke har gitt noe nytt på over en uke");
    expect(email.text).toContain("Stortingets komitéhøringer: data.stortinget.no did not answer within 20 s.");
    expect(email.text).toContain("https://fristvakt.example.org/sources");
  });
});
