// How long an edit made through one instance takes to show on another: the other instance's
// feed and its kept public page are read first (so they are kept), then an editor cancels an
// item on the first instance, and the second is asked until both show it. Each instance holds
// the content version in memory from PostgreSQL's notifications (lib/page-cache/content-version.ts).
import type { Db } from "../../db/prisma";
import { callFormAction, fetchWithTimeout, serverActionId, viewPage } from "./http-client";
import { sleep } from "./load";

const CANCELLED_EVENT = /STATUS:CANCELLED/g;

export interface PropagationResult {
  /** Milliseconds from the editor's acknowledged save until the other instance's feed and page showed it; null when not within the limit. */
  feedMs: number | null;
  pageMs: number | null;
}

async function cancelledInFeed(baseUrl: string): Promise<number> {
  const response = await fetchWithTimeout(`${baseUrl}/feeds/all.ics`, { headers: { "accept-encoding": "identity" } });
  return (await response.text()).match(CANCELLED_EVENT)?.length ?? 0;
}

async function pageShows(baseUrl: string, itemId: string, text: string): Promise<boolean> {
  return (await viewPage(`${baseUrl}/items/${itemId}`)).body.includes(text);
}

/** Cancels an upcoming item through `editOn` and times how long `readOn` takes to show it. */
export async function measureEditPropagation(
  db: Db,
  editOn: string,
  readOn: string,
  editorCookie: string,
  limitMs: number,
): Promise<PropagationResult> {
  const item = await db.item.findFirstOrThrow({
    where: { cancelledAt: null, lastOn: { gte: new Date("2025-02-01") } },
    orderBy: { lastOn: "asc" },
    select: { id: true, version: true },
  });
  const reason = `Flyttet til neste uke ${Date.now()}`;
  // Read and kept on the reading instance before the edit.
  const before = await cancelledInFeed(readOn);
  for (let i = 0; i < 2; i += 1) await pageShows(readOn, item.id, reason);

  const actionId = serverActionId("app/items/[id]/edit/actions.ts", "cancelItemAction");
  const saved = await callFormAction(
    editOn,
    `/items/${item.id}/edit`,
    actionId,
    // The page asks for a ticked confirmation before it cancels.
    { id: item.id, version: String(item.version), reason, confirm: "yes" },
    editorCookie,
  );
  if (saved.status !== 200 || !saved.body.includes('"status":"ok"'))
    throw new Error(`the editor's cancellation was refused: ${saved.status} ${saved.body.slice(0, 200)}`);
  const savedAt = performance.now();

  let feedMs: number | null = null;
  let pageMs: number | null = null;
  while (performance.now() - savedAt <= limitMs && (feedMs === null || pageMs === null)) {
    const [feed, page] = await Promise.all([
      feedMs === null ? cancelledInFeed(readOn) : before + 1,
      pageMs === null ? pageShows(readOn, item.id, reason) : true,
    ]);
    const elapsed = performance.now() - savedAt;
    if (feedMs === null && feed > before) feedMs = elapsed;
    if (pageMs === null && page) pageMs = elapsed;
    await sleep(20);
  }
  return { feedMs: feedMs === null ? null : Math.round(feedMs), pageMs: pageMs === null ? null : Math.round(pageMs) };
}

/** How many instances hold a listening connection (they name it; see content-version.ts). */
export async function countListeners(db: Db): Promise<number> {
  const rows = await db.$queryRawUnsafe<{ count: bigint }[]>(
    `SELECT count(*) AS "count" FROM pg_stat_activity WHERE application_name = 'fristvakt content listener'`,
  );
  return Number(rows[0]?.count ?? 0);
}
