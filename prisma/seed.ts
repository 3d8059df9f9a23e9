// `npm run db:seed`: loads the newsletters' items into the database at DATABASE_URL.
// Items already there are kept as they are.
import { createPrismaClient } from "../lib/db/prisma";
import { seedNewsletters } from "../lib/db/seed";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Set DATABASE_URL to the database to seed (npm start seeds its own on first run).");
  process.exit(1);
}
const db = createPrismaClient(url);
seedNewsletters(db)
  .then((count) => console.log(`Seeded ${count} new items.`))
  .catch((error: Error) => {
    console.error(`Seeding failed: ${error.message}`);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
