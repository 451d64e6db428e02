import { parseArgs } from 'node:util';
import { asc } from 'drizzle-orm';
import { sourceKinds, sources } from '../db/schema.js';
import { ParleyError } from '../services/errors.js';
import { addSource, removeSource, type SourceKind, setPaused } from '../services/sources.js';
import { createFetcher } from '../sources/fetch.js';
import { probeSource } from '../sources/probe.js';
import { fetcherOptions } from '../sources/settings.js';
import { openCliDatabase, readConfig } from './setup.js';

const usage = `usage: npm run sources -- add URL --kind RSS|ATOM|JSON_FEED|PAGE [--name NAME] [--interval SECONDS]
       npm run sources -- list | pause ID | resume ID | remove ID`;

/** `npm run sources -- …`: follow, list, pause, resume and remove sources in the configured database. */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { kind: { type: 'string' }, name: { type: 'string' }, interval: { type: 'string' } },
});
const [command, argument] = positionals;
const config = readConfig();
const isKind = (value: string | undefined): value is SourceKind => sourceKinds.some((kind) => kind === value);

if (!command || (command !== 'list' && !argument) || (command === 'add' && !isKind(values.kind))) {
  console.error(usage);
  process.exit(2);
}

const database = await openCliDatabase(config);
const fetcher = createFetcher(fetcherOptions(config));
/** A positive whole number from the command line. */
const positiveNumber = (text: string | undefined, what = 'a source id (see `npm run sources -- list`)') => {
  const id = Number(text);
  if (!Number.isSafeInteger(id) || id <= 0) throw new ParleyError(`${text} is not ${what}`, 'BAD_USER_INPUT');
  return id;
};
try {
  if (command === 'add' && argument && isKind(values.kind)) {
    const url = await probeSource(fetcher, argument, values.kind);
    const interval = values.interval ? positiveNumber(values.interval, 'a number of seconds') : config.SOURCES_DEFAULT_INTERVAL_S;
    const id = await addSource(database.db, { url, kind: values.kind, name: values.name ?? new URL(url).host, pollIntervalSeconds: interval }, config.SOURCES_MIN_INTERVAL_S);
    console.log(`following ${url} as source ${id}, every ${interval} s`);
  } else if (command === 'list') {
    for (const s of await database.db.select().from(sources).orderBy(asc(sources.id))) {
      const state = s.paused ? 'paused' : `next ${s.nextPollAt.toISOString()}`;
      console.log(`${s.id}\t${s.kind}\t${s.url}\t${state}\t${s.articlesIngested} articles${s.lastError ? `\tlast error: ${s.lastError}` : ''}`);
    }
  } else if (command === 'pause' || command === 'resume') {
    await setPaused(database.db, positiveNumber(argument), command === 'pause');
    console.log(`source ${argument} ${command === 'pause' ? 'paused' : 'resumed'}`);
  } else if (command === 'remove') {
    await removeSource(database.db, positiveNumber(argument));
    console.log(`source ${argument} removed; its articles stay`);
  } else {
    console.error(usage);
    process.exitCode = 2;
  }
} catch (error) {
  if (!(error instanceof ParleyError)) throw error;
  console.error(`${error.code}: ${error.message}`);
  process.exitCode = 1;
} finally {
  await fetcher.close();
  await database.close();
}
