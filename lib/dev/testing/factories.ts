// Test data built through the real schema: each test creates the rows it needs.
import { randomBytes } from "node:crypto";
import type { Db } from "../../db/prisma";
import { fromCalendarDateOrNull } from "../../model/calendar-date";
import { itemColumnsAt } from "../../items/fields";
import type { CalendarDate, ItemKind } from "../../model/item";
import { hashPassword } from "../../auth/password";
import { toViewer, type Role, type Viewer } from "../../auth/viewer-types";
import type { ResponseStatus } from "../../responses/types";

const unique = () => randomBytes(4).toString("hex");

export async function createActor(db: Db, overrides: { slug?: string; shortName?: string; name?: string } = {}) {
  const slug = overrides.slug ?? `actor-${unique()}`;
  return db.actor.create({
    data: { slug, shortName: overrides.shortName ?? slug.toUpperCase(), name: overrides.name ?? `Aktør ${slug}` },
  });
}

export async function createTopic(db: Db, overrides: { slug?: string; name?: string } = {}) {
  const slug = overrides.slug ?? `topic-${unique()}`;
  return db.topic.create({ data: { slug, name: overrides.name ?? `Tema ${slug}`, nameEn: `Topic ${slug}` } });
}

export interface ItemFactoryInput {
  actorId: string;
  kind?: ItemKind;
  title?: string;
  reference?: string | null;
  summary?: string | null;
  sentOn?: CalendarDate | null;
  deadline?: CalendarDate | null;
  startOn?: CalendarDate | null;
  endOn?: CalendarDate | null;
  startAt?: Date | null;
  endAt?: Date | null;
  cancelledAt?: Date | null;
  topicIds?: string[];
}

/** Written as the app writes items (lib/items/fields.ts), but unchecked, so tests can build any case. */
export async function createItem(db: Db, input: ItemFactoryInput) {
  const kind = input.kind ?? "HEARING";
  const startOn = input.startOn ?? null;
  const columns = itemColumnsAt({
    kind,
    title: input.title ?? `Sak ${unique()}`,
    reference: input.reference ?? null,
    summary: input.summary ?? null,
    url: null,
    sentOn: input.sentOn ?? null,
    deadline: input.deadline ?? (kind === "SEMINAR" ? null : "2025-01-17"),
    startOn,
    endOn: input.endOn ?? startOn,
    startAt: input.startAt ?? null,
    endAt: input.endAt ?? null,
    location: null,
    isOnline: false,
  });
  return db.item.create({
    data: {
      ...columns,
      actorId: input.actorId,
      cancelledAt: input.cancelledAt ?? null,
      topics: input.topicIds ? { create: input.topicIds.map((topicId) => ({ topicId })) } : undefined,
    },
  });
}

// Accounts and responses, written straight to the tables (the lib functions that do the
// same check rights and write audit rows, which these must not).
export const TEST_PASSWORD = "riktig-passord-123";
let testPasswordHash: Promise<string> | null = null;

export async function createOrganisationRow(db: Db, overrides: { name?: string; isResponsesPublic?: boolean } = {}) {
  const name = overrides.name ?? `Organisasjon ${unique()}`;
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${unique()}`;
  return db.organisation.create({ data: { name, slug, isResponsesPublic: overrides.isResponsesPublic ?? false } });
}

export async function createUserRow(
  db: Db,
  overrides: {
    role?: Role;
    organisationId?: string | null;
    email?: string;
    name?: string;
    disabledAt?: Date | null;
    passwordHash?: string | null;
  } = {},
) {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  return db.user.create({
    data: {
      email: overrides.email ?? `bruker-${unique()}@example.org`,
      name: overrides.name ?? `Bruker ${unique()}`,
      passwordHash: overrides.passwordHash === undefined ? await testPasswordHash : overrides.passwordHash,
      role: overrides.role ?? "MEMBER",
      organisationId: overrides.organisationId ?? null,
      disabledAt: overrides.disabledAt ?? null,
    },
  });
}

export async function createResponseRow(
  db: Db,
  input: { organisationId: string; itemId: string; status?: ResponseStatus; answeredOn?: CalendarDate | null; version?: number },
) {
  return db.response.create({
    data: {
      organisationId: input.organisationId,
      itemId: input.itemId,
      status: input.status ?? "ANSWERED",
      answeredOn: fromCalendarDateOrNull(input.answeredOn),
      version: input.version ?? 0,
    },
  });
}

/** The viewer a test user stands for, as getViewer would load it. */
export function viewerOf(user: Parameters<typeof toViewer>[0]): Viewer {
  return toViewer(user);
}
