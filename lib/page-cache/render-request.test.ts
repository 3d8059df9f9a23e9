import { describe, expect, it } from "vitest";
import { anonymousRenderHeaders, RENDER_MARK, renderRequestHeaders } from "./render-request";

describe("the page cache's render request", () => {
  it("carries the mark, the checked language and nothing else", () => {
    expect(renderRequestHeaders("en", "s3cret")).toEqual({
      [RENDER_MARK]: "s3cret",
      "accept-encoding": "identity",
      cookie: "fristvakt-locale=en",
    });
  });

  it("reaches the page without any cookie, credential or language of a visitor", () => {
    const asked = new Headers({
      host: "127.0.0.1:3000",
      cookie: "fristvakt-locale=x; authjs.session-token=abc; __Secure-authjs.session-token.0=def",
      authorization: "Bearer abc",
      "proxy-authorization": "Basic abc",
      "accept-language": "en",
      [RENDER_MARK]: "s3cret",
    });
    const clean = anonymousRenderHeaders(asked, "nb");
    expect([...clean]).toEqual([
      ["cookie", "fristvakt-locale=nb"],
      ["host", "127.0.0.1:3000"],
    ]);
  });
});
