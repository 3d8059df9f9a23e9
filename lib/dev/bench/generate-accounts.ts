// Organisations, users and responses in bulk for the scale benchmark: every user shares one
// password hash (hashing 2,000 passwords would only measure argon2).
import { hashPassword } from "../../auth/password";
import type { Db } from "../../db/prisma";
import { fromCalendarDate } from "../../model/calendar-date";
import { seededRandom } from "./generate";

export const BENCH_PASSWORD = "et-langt-testpassord";
const STATUSES = ["PLANNED", "IN_PROGRESS", "ANSWERED", "DECLINED"] as const;

export interface AccountCounts {
  organisations: number;
  users: number;
  responses: number;
}

/** Writes the accounts; answers the e-mail of a member of the first organisation. */
export async function generateAccounts(db: Db, counts: AccountCounts): Promise<string> {
  const random = seededRandom(7);
  await db.organisation.createMany({
    data: Array.from({ length: counts.organisations }, (_, i) => ({
      name: `Organisasjon ${i}`,
      slug: `organisasjon-${i}`,
      isResponsesPublic: i % 3 === 0,
    })),
  });
  const organisations = (await db.organisation.findMany({ select: { id: true }, orderBy: { slug: "asc" } })).map((o) => o.id);
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await db.user.createMany({
    data: Array.from({ length: counts.users }, (_, i) => ({
      email: `bruker-${i}@example.org`,
      name: `Bruker ${i}`,
      passwordHash,
      role: i % 100 === 0 ? "EDITOR" : "MEMBER",
      organisationId: organisations[i % organisations.length],
    })),
  });
  const items = await db.item.findMany({ select: { id: true, deadline: true }, where: { kind: { not: "SEMINAR" } } });
  const seen = new Set<string>();
  const rows: { organisationId: string; itemId: string; status: (typeof STATUSES)[number]; answeredOn: Date | null }[] = [];
  while (seen.size < counts.responses) {
    const organisationId = organisations[Math.floor(random() * organisations.length)];
    const item = items[Math.floor(random() * items.length)];
    const key = `${organisationId}/${item.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const status = STATUSES[Math.floor(random() * STATUSES.length)];
    rows.push({
      organisationId,
      itemId: item.id,
      status,
      answeredOn: status === "ANSWERED" && item.deadline ? fromCalendarDate(item.deadline.toISOString().slice(0, 10)) : null,
    });
    if (rows.length === 5_000) await db.response.createMany({ data: rows.splice(0) });
  }
  if (rows.length) await db.response.createMany({ data: rows });
  await db.$executeRawUnsafe("ANALYZE");
  return "bruker-0@example.org";
}
