// `npm run db:seed`: loads the newsletters' items into the database at DATABASE_URL.
// Items already there are kept as they are.
import { createPrismaClient } from "../lib/db/prisma";
import { describeStarterData, seedStarterData } from "../lib/seed/seed";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Set DATABASE_URL to the database to seed (npm start seeds its own on first run).");
  process.exit(1);
}
const db = createPrismaClient(url);
seedStarterData(db, { everyItem: true })
  .then((seeded) => {
    console.log(`Seeded ${seeded.items} new items.`);
    for (const line of describeStarterData({ ...seeded, items: 0 })) console.log(line);
  })
  .catch((error: Error) => {
    console.error(`Seeding failed: ${error.message}`);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
