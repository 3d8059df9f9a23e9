// The SQL the dashboard, list and "Mine frister" queries send, captured from Prisma's query
// log and run again under EXPLAIN ANALYZE, to name the slowest and catch sequential scans.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../db/generated/client";
import type { Db } from "../../db/prisma";

export interface CapturedQuery {
  label: string;
  sql: string;
  params: unknown[];
}

export interface QueryPlan extends CapturedQuery {
  ms: number;
  plan: string;
  hasSeqScanOnItem: boolean;
}

/** Runs `work` with a client that records every statement it sends, labelled. */
export async function captureQueries(url: string, label: string, work: (db: Db) => Promise<unknown>): Promise<CapturedQuery[]> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }), log: [{ emit: "event", level: "query" }] });
  const captured: CapturedQuery[] = [];
  db.$on("query", (event) => captured.push({ label, sql: event.query, params: JSON.parse(event.params) as unknown[] }));
  try {
    await work(db as unknown as Db);
  } finally {
    await db.$disconnect();
  }
  return captured.filter((query) => /^\s*SELECT/i.test(query.sql));
}

export async function explainQueries(url: string, queries: CapturedQuery[]): Promise<QueryPlan[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const plans: QueryPlan[] = [];
    for (const query of queries) {
      const result = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS OFF) ${query.sql}`, query.params);
      const plan = result.rows.map((row) => row["QUERY PLAN"]).join("\n");
      const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? 0);
      // "Seq Scan on item t0", not on item_topic: the items table read from end to end.
      plans.push({ ...query, ms, plan, hasSeqScanOnItem: /Seq Scan on item(\s|$)/m.test(plan) });
    }
    return plans.sort((a, b) => b.ms - a.ms);
  } finally {
    await client.end();
  }
}
