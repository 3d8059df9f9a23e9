// Accounts for browser tests: created straight in the database (each test its own), and a
// sign-in through Auth.js's own endpoints instead of clicking through the form.
import type { Page } from "@playwright/test";
import { createOrganisationRow, createUserRow, TEST_PASSWORD } from "../lib/dev/testing/factories";
import type { Role } from "../lib/auth/viewer-types";
import { e2eDb } from "./database";

export { TEST_PASSWORD };

export async function createMember(options: { organisationName?: string; isResponsesPublic?: boolean } = {}) {
  const organisation = await createOrganisationRow(e2eDb(), {
    name: options.organisationName,
    isResponsesPublic: options.isResponsesPublic,
  });
  const user = await createUserRow(e2eDb(), { role: "MEMBER", organisationId: organisation.id });
  return { organisation, user };
}

export async function createUser(role: Role, organisationId: string | null = null) {
  return createUserRow(e2eDb(), { role, organisationId });
}

export async function signIn(page: Page, email: string, password = TEST_PASSWORD): Promise<void> {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: "/my" },
    maxRedirects: 0,
  });
  if (response.status() !== 302 || /error=/.test(response.headers().location ?? "")) {
    throw new Error(`Sign-in as ${email} failed: ${response.status()} ${response.headers().location}`);
  }
}

export async function findItemIdByReference(reference: string): Promise<string> {
  const item = await e2eDb().item.findFirstOrThrow({ where: { reference }, select: { id: true } });
  return item.id;
}
