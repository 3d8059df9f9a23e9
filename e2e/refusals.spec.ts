// Requests a probe sent that once answered 500: each is now a 400, 401 or 404 with a sentence,
// or the form's own message, and changes nothing.
import { expect, test } from "@playwright/test";
import { callAction, callFormAction, formOf, serverActionId, signInCookie } from "../lib/dev/faults/http-client";
import { createMember, findItemIdByReference, TEST_PASSWORD } from "./accounts";
import { e2eDb } from "./database";

const SHARING = ["app/(staff)/my/actions.ts", "setSharingAction"] as const;
const REVOKE = ["app/(staff)/my/feeds/actions.ts", "revokeFeedLinkAction"] as const;

test.describe("refusals", () => {
  let baseUrl: string;
  test.beforeAll(({}, info) => {
    baseUrl = String(info.project.use.baseURL);
  });

  test("a NUL in the search words or an address answers 400 with a sentence", async ({ request }) => {
    for (const path of ["/items?q=barn%00", "/actors/jd%00", "/api/items?q=%00"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect(await response.text()).toContain("nulltegn");
    }
  });

  test("anonymous sharing and link revoking answer 401, and change nothing", async () => {
    const { organisation } = await createMember();
    const sharing = await callAction(baseUrl, "/my", serverActionId(...SHARING), [formOf({ isResponsesPublic: "true" })], "");
    expect(sharing.status).toBe(401);
    const token = await e2eDb().feedToken.create({
      data: { organisationId: organisation.id, name: "Teamkalender", tokenHash: `hash-${organisation.id}` },
    });
    const revoke = await callAction(baseUrl, "/my/feeds", serverActionId(...REVOKE), [formOf({ feedTokenId: token.id })], "");
    expect(revoke.status).toBe(401);
    expect((await e2eDb().organisation.findUniqueOrThrow({ where: { id: organisation.id } })).isResponsesPublic).toBe(false);
    expect((await e2eDb().feedToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeNull();
  });

  test("one organisation revoking another's link answers 404, and the link keeps working", async () => {
    const owner = await createMember();
    const other = await createMember();
    const token = await e2eDb().feedToken.create({
      data: { organisationId: owner.organisation.id, name: "Styrets kalender", tokenHash: `hash-${owner.organisation.id}` },
    });
    const cookie = await signInCookie(baseUrl, other.user.email, TEST_PASSWORD);
    const revoke = await callAction(baseUrl, "/my/feeds", serverActionId(...REVOKE), [formOf({ feedTokenId: token.id })], cookie);
    expect(revoke.status).toBe(404);
    const malformed = await callAction(baseUrl, "/my/feeds", serverActionId(...REVOKE), [formOf({ feedTokenId: "ikke-en-id" })], cookie);
    expect(malformed.status).toBe(404);
    expect((await e2eDb().feedToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeNull();
  });

  test("a NUL in a response's note is refused with a sentence, and nothing is saved", async () => {
    const { user, organisation } = await createMember();
    const itemId = await findItemIdByReference("NOU 2024:17");
    const cookie = await signInCookie(baseUrl, user.email, TEST_PASSWORD);
    const fields = {
      itemId,
      status: "IN_PROGRESS",
      answeredOn: "",
      answerUrl: "",
      note: "Utkast\u0000",
      internalDeadline: "",
      version: "",
    };
    const result = await callFormAction(
      baseUrl,
      `/items/${itemId}`,
      serverActionId("app/items/[id]/actions.ts", "markResponseAction"),
      fields,
      cookie,
    );
    expect(result.status).toBe(200);
    expect(result.body).toContain("nulltegn");
    expect(await e2eDb().response.count({ where: { organisationId: organisation.id } })).toBe(0);
  });
});
