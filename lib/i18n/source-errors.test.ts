import { describe, expect, it } from "vitest";
import { localizeSourceError } from "./source-errors";

describe("localizeSourceError", () => {
  it("says the poller's sentences in Norwegian, each of several", () => {
    expect(localizeSourceError("data.stortinget.no did not answer within 20 s.", "nb")).toBe("data.stortinget.no svarte ikke innen 20 s.");
    expect(localizeSourceError("www.regjeringen.no could not be found (no internet connection?).", "nb")).toBe(
      "Fant ikke www.regjeringen.no (ingen internettforbindelse?).",
    );
    expect(localizeSourceError('www.regjeringen.no answered 404 for /no/id1/. "Høring om X" has no link.', "nb")).toBe(
      'www.regjeringen.no svarte 404 for /no/id1/. "Høring om X" har ingen lenke.',
    );
    expect(localizeSourceError("The server answered 429; Fristvakt waits longer before asking again.", "nb")).toBe(
      "Serveren svarte 429; Fristvakt venter lenger før den spør igjen.",
    );
  });

  it("leaves English as it is, and a sentence of another form too", () => {
    expect(localizeSourceError("127.0.0.1:9 refused the connection.", "en")).toBe("127.0.0.1:9 refused the connection.");
    expect(localizeSourceError("Something else entirely.", "nb")).toBe("Something else entirely.");
  });
});
