import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { seedDatabase } from '../services/seed.js';

/** `npm run seed`: (re)loads the catalogue and seed articles into the configured database. */
const config = loadConfig();
const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATABASE_URL ? undefined : config.DATA_DIR });
try {
  const { created, unchanged } = await seedDatabase(database.db);
  console.log(`Seeded: ${created} new article(s), ${unchanged} already stored.`);
} finally {
  await database.close();
}
