// `npm run db:seed`: loads the newsletters' items into the database at DATABASE_URL.
// Items already there are kept as they are.
import { createPrismaClient } from "../lib/db/prisma";
import { seedNewsletters } from "../lib/seed/seed";
import { ensureDefaultSources } from "../lib/sources/defaults";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Set DATABASE_URL to the database to seed (npm start seeds its own on first run).");
  process.exit(1);
}
const db = createPrismaClient(url);
seedNewsletters(db)
  .then(async (count) => {
    console.log(`Seeded ${count} new items.`);
    // The national sources, only into a database that has never had a source.
    if ((await ensureDefaultSources(db)) > 0) console.log("Added the national sources (regjeringen.no, Stortinget).");
  })
  .catch((error: Error) => {
    console.error(`Seeding failed: ${error.message}`);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
