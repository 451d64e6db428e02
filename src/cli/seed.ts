import { seedDatabase } from '../services/seed.js';
import { openCliDatabase, readConfig } from './setup.js';

/** `npm run seed`: (re)loads the catalogue and seed articles into the configured database. */
const config = readConfig();
const database = await openCliDatabase(config);
try {
  const { created, unchanged } = await seedDatabase(database.db);
  console.log(`Seeded: ${created} new article(s), ${unchanged} already stored.`);
} finally {
  await database.close();
}
