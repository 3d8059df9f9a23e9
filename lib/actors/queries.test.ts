// The filter menus' topics, read from PostgreSQL: each language's names in its own order.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { listTopicChoices } from "../items/editor-queries";
import { listTopicOptions } from "./queries";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  const topics = [
    { slug: "arbeidslivskriminalitet", name: "Arbeidslivskriminalitet", nameEn: "Work-related crime" },
    { slug: "barn-og-unge", name: "Barn og unge", nameEn: "Children and young people" },
    { slug: "menneskehandel", name: "Menneskehandel", nameEn: "Human trafficking" },
    { slug: "okonomi", name: "Økonomisk utnyttelse", nameEn: "Economic exploitation" },
  ];
  await database.db.topic.createMany({ data: topics });
});
afterAll(() => database.drop());

describe("topics for menus and forms", () => {
  it("come in Norwegian alphabetical order for Norwegian readers, Ø after the other letters", async () => {
    const labels = (await listTopicOptions(database.db, "nb")).map((topic) => topic.label);
    expect(labels).toEqual(["Arbeidslivskriminalitet", "Barn og unge", "Menneskehandel", "Økonomisk utnyttelse"]);
  });

  it("come in English alphabetical order by their English names for English readers", async () => {
    const labels = (await listTopicOptions(database.db, "en")).map((topic) => topic.label);
    expect(labels).toEqual(["Children and young people", "Economic exploitation", "Human trafficking", "Work-related crime"]);
    const choices = (await listTopicChoices(database.db, "en")).map((topic) => topic.label);
    expect(choices).toEqual(labels);
  });
});
