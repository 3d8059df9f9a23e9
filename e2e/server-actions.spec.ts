// Every server action in the build, listed from the build's own manifest, so a new one cannot
// be missed: each must appear below with the lib mutations it calls (whose rights the lib
// authorization matrix tests for every role), and each must ask who is calling first thing.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

const ROOT = path.resolve(import.meta.dirname, "..");

/** Action → the lib mutations it calls; [] with a reason for the few that change no shared data. */
const ACTION_RIGHTS: Record<string, { mutations: string[]; reason?: string }> = {
  "app/actions.ts#setLocaleAction": { mutations: ["setMyLocale"], reason: "sets a cookie; saves the language on the caller's own account" },
  "app/actions.ts#signOutAction": { mutations: [], reason: "ends the caller's own session" },
  "app/sign-in/actions.ts#signInAction": { mutations: [], reason: "checks credentials, throttled in lib/auth/sign-in.ts" },
  "app/sign-in/actions.ts#signInWithProviderAction": { mutations: [], reason: "starts an OpenID Connect sign-in" },
  "app/(staff)/my/actions.ts#setSharingAction": { mutations: ["setOrganisationSharing"] },
  "app/(staff)/my/feeds/actions.ts#createFeedLinkAction": { mutations: ["createFeedToken"] },
  "app/(staff)/my/feeds/actions.ts#revokeFeedLinkAction": { mutations: ["revokeFeedToken"] },
  "app/items/[id]/actions.ts#markResponseAction": { mutations: ["markResponse"] },
  "app/items/[id]/actions.ts#removeResponseAction": { mutations: ["removeResponse"] },
  "app/(admin)/admin/actions.ts#createOrganisationAction": { mutations: ["createOrganisation"] },
  "app/(admin)/admin/actions.ts#renameOrganisationAction": { mutations: ["renameOrganisation"] },
  "app/(admin)/admin/actions.ts#setOrganisationSharingAction": { mutations: ["setOrganisationSharingByAdmin"] },
  "app/(admin)/admin/actions.ts#inviteUserAction": { mutations: ["inviteUser"] },
  "app/(admin)/admin/actions.ts#resendInvitationAction": { mutations: ["resendInvitation"] },
  "app/(admin)/admin/actions.ts#moveUserAction": { mutations: ["moveUser"] },
  "app/(admin)/admin/actions.ts#setUserRoleAction": { mutations: ["setUserRole"] },
  "app/(admin)/admin/actions.ts#setUserDisabledAction": { mutations: ["disableUser", "enableUser"] },
  "app/items/new/actions.ts#createItemAction": { mutations: ["createItem"] },
  "app/items/[id]/edit/actions.ts#updateItemAction": { mutations: ["updateItem"] },
  "app/items/[id]/edit/actions.ts#cancelItemAction": { mutations: ["cancelItem"] },
  "app/items/[id]/edit/actions.ts#restoreItemAction": { mutations: ["restoreItem"] },
  "app/actors/actions.ts#createActorAction": { mutations: ["createActor"] },
  "app/actors/actions.ts#mergeActorsAction": { mutations: ["mergeActors"] },
  "app/import/actions.ts#previewImportAction": {
    mutations: [],
    reason: "reads and extracts a text; saves nothing (lib/import/preview.ts admits editors and admins only)",
  },
  "app/import/actions.ts#saveImportAction": { mutations: ["saveImportedItems"] },
  "app/sources/actions.ts#addSourceAction": { mutations: ["addSource"] },
  "app/sources/actions.ts#updateSourceAction": { mutations: ["updateSource"] },
  "app/sources/actions.ts#addTermAction": { mutations: ["addRelevanceTerm"] },
  "app/sources/actions.ts#removeTermAction": { mutations: ["removeRelevanceTerm"] },
  "app/sources/inbox/actions.ts#acceptProposalAction": { mutations: ["acceptProposal"] },
  "app/sources/inbox/actions.ts#rejectProposalAction": { mutations: ["rejectProposal"] },
  "app/(staff)/profile/actions.ts#saveReminderPreferencesAction": { mutations: ["saveMyReminderPreferences"] },
  "app/(staff)/profile/actions.ts#signOutEverywhereAction": {
    mutations: [],
    reason: "ends the caller's own sessions (lib/auth/sessions.ts)",
  },
  "app/(staff)/profile/actions.ts#updateMyNameAction": { mutations: ["updateMyName"] },
  "app/(staff)/profile/actions.ts#changeMyPasswordAction": { mutations: ["changeMyPassword"] },
  "app/forgot-password/actions.ts#requestPasswordResetAction": {
    mutations: [],
    reason:
      "no session by design: anyone may ask; the same answer for every address, at most three links an hour per account (lib/accounts/password-reset.ts)",
  },
  "app/reset-password/[token]/actions.ts#resetPasswordAction": {
    mutations: [],
    reason: "no session by design: the one-hour, single-use token from the e-mail is the proof (lib/accounts/password-reset.ts)",
  },
  "app/invite/[token]/actions.ts#acceptInvitationAction": {
    mutations: [],
    reason: "no session by design: the seven-day, single-use invitation token is the proof (lib/accounts/invitation.ts)",
  },
  "app/unsubscribe/[token]/actions.ts#unsubscribeAction": {
    mutations: [],
    reason: "no session by design: the signed single-purpose token in the e-mail names the user (lib/reminders/unsubscribe.ts)",
  },
};

// The modules the lib authorization matrix reads its mutations from.
const MATRIX_MODULES = [
  "lib/organisations/mutations.ts",
  "lib/organisations/user-mutations.ts",
  "lib/organisations/feed-tokens.ts",
  "lib/responses/mutations.ts",
  "lib/reminders/preferences.ts",
  "lib/items/mutations.ts",
  "lib/actors/mutations.ts",
  "lib/import/mutations.ts",
  "lib/accounts/my-account.ts",
  "lib/sources/source-mutations.ts",
  "lib/sources/proposal-mutations.ts",
];

function actionsInBuild(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  return [...new Set(Object.values(manifest.node).map((entry) => `${entry.filename}#${entry.exportedName}`))].sort();
}

test("every server action in the build is listed with the lib mutations that check its rights", () => {
  expect(actionsInBuild()).toEqual(Object.keys(ACTION_RIGHTS).sort());
  const matrixExports = MATRIX_MODULES.flatMap((file) =>
    [...fs.readFileSync(path.join(ROOT, file), "utf8").matchAll(/export async function (\w+)/g)].map((m) => m[1]),
  );
  for (const [action, { mutations, reason }] of Object.entries(ACTION_RIGHTS)) {
    if (mutations.length === 0) expect(reason, action).toBeTruthy();
    for (const mutation of mutations) expect(matrixExports, `${action} calls ${mutation}`).toContain(mutation);
  }
});

/** The body of `name` in `source`: a plain async function, or a `formAction({ … })` declaration. */
function actionBody(source: string, name: string): { kind: "function" | "formAction" | "other"; body: string } {
  const plain = source.split(`export async function ${name}(`)[1];
  if (plain !== undefined) return { kind: "function", body: plain.split("\nexport ")[0] };
  const declared = source.split(`export const ${name} = `)[1];
  if (declared === undefined) return { kind: "other", body: "" };
  const body = declared.split("\nexport ")[0];
  return { kind: /^formAction(<[^(]*>)?\(/.test(body) ? "formAction" : "other", body };
}

test("the form action wrapper asks who is calling before anything else", () => {
  const source = fs.readFileSync(path.join(ROOT, "app/_actions/form-action.ts"), "utf8");
  const body = source.split("export function formAction<S>(")[1]?.split("\nexport ")[0] ?? "";
  const firstStatement = body.split("async (_previous, formData) => {")[1]?.trim().split("\n")[0];
  expect(firstStatement).toBe("const viewer = await getViewer();");
});

test("every server action that changes shared data asks who is calling before anything else", () => {
  for (const [action, { mutations }] of Object.entries(ACTION_RIGHTS)) {
    if (mutations.length === 0) continue;
    const [file, name] = action.split("#");
    const { kind, body } = actionBody(fs.readFileSync(path.join(ROOT, file), "utf8"), name);
    // A form action gets the viewer from formAction, checked above; a plain one asks itself.
    expect(kind, action).not.toBe("other");
    if (kind === "function") {
      const firstStatement = body.split("{").slice(1).join("{").trim().split("\n")[0];
      expect(firstStatement, action).toBe("const viewer = await getViewer();");
    }
    expect(body, `${action} passes the caller to lib`).toMatch(/\(\s*getDb\(\),\s*viewer,/);
  }
});
