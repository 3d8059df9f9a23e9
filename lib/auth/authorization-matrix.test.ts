// Every mutation in lib, called as anonymous, a member of A, a member of B, an editor and an
// admin: each is allowed or refused as the access rules say, an allowed call writes exactly
// one audit row, and a refusal leaves the database exactly as it was. The list of mutations
// is read from the modules themselves, so a new one cannot be left out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/prisma";
import { AppError } from "../errors";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { countAuditEvents, snapshotDatabase } from "../dev/testing/db-snapshot";
import {
  createActor,
  createItem,
  createOrganisationRow,
  createResponseRow,
  createUserRow,
  TEST_PASSWORD,
  viewerOf,
} from "../dev/testing/factories";
import * as organisationMutations from "../organisations/mutations";
import * as userMutations from "../organisations/user-mutations";
import * as feedTokens from "../organisations/feed-tokens";
import * as responseMutations from "../responses/mutations";
import * as itemMutations from "../items/mutations";
import * as actorMutations from "../actors/mutations";
import * as importMutations from "../import/mutations";
import * as reminderPreferences from "../reminders/preferences";
import * as sourceMutations from "../sources/source-mutations";
import * as proposalMutations from "../sources/proposal-mutations";
import type { SourceEntry } from "../sources/entry";
import { addTestSource } from "../sources/test-support";
import * as myAccount from "../accounts/my-account";
import { ANONYMOUS, type Viewer } from "./viewer-types";

const NOW = new Date("2025-01-10T11:00:00Z");
const MODULES = {
  organisationMutations,
  userMutations,
  feedTokens,
  responseMutations,
  itemMutations,
  actorMutations,
  importMutations,
  reminderPreferences,
  myAccount,
  sourceMutations,
  proposalMutations,
};
const VIEWERS = ["anonymous", "memberA", "memberB", "editor", "admin"] as const;
type ViewerName = (typeof VIEWERS)[number];
type Mutation = (db: Db, viewer: Viewer, input: never, now: Date) => Promise<unknown>;

interface Fixtures {
  viewers: Record<ViewerName, Viewer>;
  orgA: string;
  actorId: string;
}

interface Case {
  /** Who may call it; everyone else is refused with the code `refusals` gives (FORBIDDEN by default). */
  allowed: ViewerName[];
  refusals?: Partial<Record<ViewerName, string>>;
  /** A fresh target for each call, so that every allowed call really changes something. */
  input: (db: Db, fixtures: Fixtures, viewer: Viewer) => Promise<unknown>;
  /** For a mutation whose arguments are not (db, viewer, input, now): how to call it with `input`. */
  call?: (db: Db, viewer: Viewer, input: never, now: Date) => Promise<unknown>;
}

let counter = 0;
const fresh = () => `${Date.now().toString(36)}${counter++}`;
const userId = (viewer: Viewer) => (viewer.isSignedIn ? viewer.userId : "");

/** A polled source of its own and one proposal from it waiting for an editor. */
async function pendingProposalId(db: Db, f: Fixtures): Promise<string> {
  const key = fresh();
  const source = await addTestSource(db, { type: "rss", url: `https://kilde.example.org/${key}.rss`, mode: "review" }, NOW);
  const actor = await db.actor.findUniqueOrThrow({ where: { id: f.actorId } });
  const entry: SourceEntry = {
    key,
    kind: "HEARING",
    title: `Høring ${key}`,
    reference: null,
    issuerName: actor.name,
    sentOn: null,
    deadline: "2025-03-01",
    startOn: null,
    endOn: null,
    startAt: null,
    endAt: null,
    location: null,
    isOnline: false,
    url: null,
    summary: null,
    cancelled: false,
    statusText: null,
    sourceText: "Høringsfrist 1. mars.",
    reviewReason: null,
    attribution: null,
  };
  const proposal = await db.sourceProposal.create({
    data: {
      polledSourceId: source.id,
      key,
      fingerprint: key,
      entry: { ...entry },
      title: entry.title,
      sourceText: entry.sourceText,
      firstSeenAt: NOW,
      readAt: NOW,
      lastSeenAt: NOW,
      updatedAt: NOW,
    },
  });
  return proposal.id;
}

const CASES: Record<string, Case> = {
  createOrganisation: { allowed: ["admin"], input: async () => ({ name: `Ny organisasjon ${fresh()}` }) },
  setOrganisationSharing: {
    allowed: ["memberA", "memberB"],
    input: async (db, _f, viewer) => {
      const org =
        viewer.isSignedIn && viewer.organisationId ? await db.organisation.findUnique({ where: { id: viewer.organisationId } }) : null;
      return { isResponsesPublic: !org?.isResponsesPublic };
    },
  },
  renameOrganisation: {
    allowed: ["admin"],
    input: async (db) => ({ organisationId: (await createOrganisationRow(db)).id, name: `Nytt navn ${fresh()}` }),
  },
  setOrganisationSharingByAdmin: {
    allowed: ["admin"],
    input: async (db) => ({ organisationId: (await createOrganisationRow(db)).id, isResponsesPublic: true }),
  },
  inviteUser: {
    allowed: ["admin"],
    input: async (_db, f) => ({ email: `ny-${fresh()}@example.org`, name: "Ny", role: "MEMBER", organisationId: f.orgA }),
  },
  resendInvitation: { allowed: ["admin"], input: async (db) => ({ userId: (await createUserRow(db, { passwordHash: null })).id }) },
  moveUser: {
    allowed: ["admin"],
    input: async (db, f) => ({
      userId: (await createUserRow(db, { organisationId: f.orgA })).id,
      organisationId: (await createOrganisationRow(db)).id,
    }),
  },
  updateMyName: { allowed: ["memberA", "memberB", "editor", "admin"], input: async () => ({ name: `Nytt Navn ${fresh()}` }) },
  changeMyPassword: {
    allowed: ["memberA", "memberB", "editor", "admin"],
    input: async () => ({ currentPassword: TEST_PASSWORD, password: "et-nytt-godt-passord", repeatPassword: "et-nytt-godt-passord" }),
  },
  setUserRole: {
    allowed: ["admin"],
    input: async (db, f) => ({ userId: (await createUserRow(db, { organisationId: f.orgA })).id, role: "EDITOR" }),
  },
  disableUser: { allowed: ["admin"], input: async (db) => ({ userId: (await createUserRow(db)).id }) },
  enableUser: { allowed: ["admin"], input: async (db) => ({ userId: (await createUserRow(db, { disabledAt: NOW })).id }) },
  setMyLocale: {
    allowed: ["memberA", "memberB", "editor", "admin"],
    input: async (db, _f, viewer) => {
      const me = viewer.isSignedIn ? await db.user.findUnique({ where: { id: viewer.userId } }) : null;
      return { locale: me?.locale === "en" ? "nb" : "en" };
    },
  },
  createFeedToken: { allowed: ["memberA", "memberB"], input: async () => ({ name: `Kalender ${fresh()}` }) },
  revokeFeedToken: {
    allowed: ["memberA"],
    refusals: { memberB: "NOT_FOUND" },
    input: async (db, f) => {
      const row = await db.feedToken.create({ data: { organisationId: f.orgA, name: "A sin", tokenHash: fresh() } });
      return { feedTokenId: row.id };
    },
  },
  markResponse: {
    allowed: ["memberA", "memberB"],
    input: async (db, f) => ({ itemId: (await createItem(db, { actorId: f.actorId })).id, status: "ANSWERED", version: null }),
  },
  removeResponse: {
    allowed: ["memberA"],
    refusals: { memberB: "NOT_FOUND" },
    input: async (db, f) => {
      const itemId = (await createItem(db, { actorId: f.actorId })).id;
      await createResponseRow(db, { organisationId: f.orgA, itemId });
      return { itemId, version: 0 };
    },
  },
  createItem: {
    allowed: ["editor", "admin"],
    input: async (_db, f) => ({ kind: "DEADLINE", title: `Ny sak ${fresh()}`, actorId: f.actorId, deadline: "2025-03-01" }),
  },
  updateItem: {
    allowed: ["editor", "admin"],
    input: async (db, f) => {
      const { id } = await createItem(db, { actorId: f.actorId });
      return { id, version: 0, kind: "HEARING", title: `Endret ${fresh()}`, actorId: f.actorId, deadline: "2025-01-31" };
    },
  },
  cancelItem: {
    allowed: ["editor", "admin"],
    input: async (db, f) => ({ id: (await createItem(db, { actorId: f.actorId })).id, version: 0, reason: "Utsatt" }),
  },
  restoreItem: {
    allowed: ["editor", "admin"],
    input: async (db, f) => ({ id: (await createItem(db, { actorId: f.actorId, cancelledAt: NOW })).id, version: 0 }),
  },
  createActor: { allowed: ["editor", "admin"], input: async () => ({ name: `Aktør ${fresh()}` }) },
  mergeActors: {
    allowed: ["editor", "admin"],
    input: async (db) => ({ keepId: (await createActor(db)).id, removeId: (await createActor(db)).id }),
  },
  saveImportedItems: {
    allowed: ["editor", "admin"],
    input: async (db, f) => {
      const actor = await db.actor.findUniqueOrThrow({ where: { id: f.actorId } });
      // A day of its own, so no earlier call's item counts as the same (issuer and dates).
      const deadline = new Date(Date.UTC(2030, 0, 1 + counter++)).toISOString().slice(0, 10);
      const key = `deadline-${fresh()}`;
      const issuer = { slug: actor.slug, shortName: actor.shortName, name: actor.name, type: actor.type };
      const item = {
        key,
        kind: "DEADLINE",
        title: `Importert ${key}`,
        reference: null,
        issuer,
        sentOn: null,
        deadline,
        startOn: null,
        endOn: null,
        startTime: null,
        endTime: null,
        location: null,
        isOnline: false,
        url: null,
        sources: ["Frist 1. mars."],
        warnings: [],
        confidence: { level: "high", yearSettled: true, reasons: [] },
      };
      const source = { slug: `kilde-${key}`, title: "Nyhetsbrev", periodLabel: null, publishedOn: null };
      const row = { key, title: item.title, sentOn: null, deadline, startOn: null, endOn: null };
      return { proposal: JSON.stringify({ source, items: [item] }), rows: [row] };
    },
  },
  addSource: {
    allowed: ["editor", "admin"],
    input: async () => ({ type: "rss", url: `https://kilde.example.org/${fresh()}.rss`, mode: "review" }),
  },
  updateSource: {
    allowed: ["editor", "admin"],
    input: async (db) => {
      const source = await addTestSource(db, { type: "rss", url: `https://kilde.example.org/${fresh()}.rss`, mode: "review" }, NOW);
      return { id: source.id, name: `Omdøpt ${fresh()}`, mode: "publish", pollIntervalMinutes: 120, isEnabled: true };
    },
  },
  addRelevanceTerm: { allowed: ["editor", "admin"], input: async () => ({ kind: "word", term: `ord-${fresh()}` }) },
  removeRelevanceTerm: {
    allowed: ["editor", "admin"],
    // (db, caller, id, now): the input is the term's id.
    input: async (db) => (await db.relevanceTerm.create({ data: { kind: "word", term: `ord-${fresh()}` } })).id,
  },
  acceptProposal: {
    allowed: ["editor", "admin"],
    input: async (db, f) => ({
      proposalId: await pendingProposalId(db, f),
      item: { kind: "HEARING", title: `Godtatt ${fresh()}`, actorId: f.actorId, topicIds: [], deadline: "2025-03-01" },
    }),
    call: (db, viewer, input: { proposalId: string; item: never }, now) =>
      proposalMutations.acceptProposal(db, viewer, input.proposalId, input.item, now),
  },
  rejectProposal: {
    allowed: ["editor", "admin"],
    // (db, viewer, proposalId, now): the input is the proposal's id.
    input: async (db, f) => pendingProposalId(db, f),
  },
  saveMyReminderPreferences: {
    allowed: ["memberA", "memberB"],
    input: async (db, _f, viewer) => {
      const mine = viewer.isSignedIn ? await db.reminderPreference.findUnique({ where: { userId: viewer.userId } }) : null;
      const isDigestOn = !(mine?.isDigestOn ?? true);
      return {
        isRemindersOn: true,
        daysBefore: "14, 3",
        isInternalDeadlineReminderOn: true,
        isDigestOn,
        digestWeekday: 1,
        digestTime: "08:00",
        actorSlugs: [],
        topicSlugs: [],
        kinds: [],
      };
    },
  },
};

const mutations: Record<string, Mutation> = Object.fromEntries(
  Object.values(MODULES).flatMap((module) =>
    Object.entries(module).filter(([name, value]) => typeof value === "function" && !/^(list|get|find)/.test(name)),
  ),
) as Record<string, Mutation>;

describe("authorization matrix", () => {
  let database: TestDatabase;
  let fixtures: Fixtures;
  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    const [orgA, orgB] = [await createOrganisationRow(db), await createOrganisationRow(db)];
    fixtures = {
      orgA: orgA.id,
      actorId: (await createActor(db)).id,
      viewers: {
        anonymous: ANONYMOUS,
        memberA: viewerOf(await createUserRow(db, { organisationId: orgA.id })),
        memberB: viewerOf(await createUserRow(db, { organisationId: orgB.id })),
        editor: viewerOf(await createUserRow(db, { role: "EDITOR" })),
        admin: viewerOf(await createUserRow(db, { role: "ADMIN" })),
      },
    };
  });
  afterAll(() => database.drop());

  it("covers every mutation the modules export", () => {
    expect(Object.keys(mutations).sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, spec] of Object.entries(CASES)) {
    for (const who of VIEWERS) {
      const isAllowed = spec.allowed.includes(who);
      const refusal = who === "anonymous" ? "UNAUTHENTICATED" : (spec.refusals?.[who] ?? "FORBIDDEN");
      it(`${name} as ${who}: ${isAllowed ? "allowed, one audit row" : `${refusal}, nothing changed`}`, async () => {
        const db = database.db;
        const viewer = fixtures.viewers[who];
        const input = await spec.input(db, fixtures, viewer);
        const before = await snapshotDatabase(db);
        const audits = await countAuditEvents(db);
        const outcome = await (spec.call ?? mutations[name])(db, viewer, input as never, NOW).then(
          () => "OK",
          (error: unknown) => (error instanceof AppError ? error.code : error),
        );
        if (isAllowed) {
          expect(outcome).toBe("OK");
          expect(await countAuditEvents(db)).toBe(audits + 1);
          const audit = await db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
          expect(audit.actorUserId).toBe(userId(viewer));
        } else {
          expect(outcome).toBe(refusal);
          expect(await snapshotDatabase(db)).toEqual(before);
        }
      });
    }
  }
});
