import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parleyCache } from '../../examples/apollo/client.js';
import { AddStatement } from '../../examples/apollo/documents.js';
import { runExample } from '../../examples/apollo/main.js';
import { ingestVia, until } from '../support/live.js';
import { type SeededServer, startSeededServer } from '../support/seeded-server.js';

let seeded: SeededServer;

beforeAll(async () => {
  seeded = await startSeededServer();
  await ingestVia(seeded.server, seeded.tokens.ingest, 'Earlier', ['One.', 'Two.', 'Three.', 'Four.', 'Five.']);
});

afterAll(() => seeded?.stop());

describe('examples/apollo', () => {
  it('pages with fetchMore, merges live edges from the newest cursor, mutates with a token and reads typed errors', async () => {
    const token = seeded.tokens.ingest.authorization.replace(/^Bearer /, '');
    const report = await runExample(seeded.server.url, token, 'test');
    expect(report.firstPage).toEqual(['Five.', 'Four.']);
    expect(report.afterFetchMore).toEqual(['Five.', 'Four.', 'Three.', 'Two.']);
    const ingested = ['Nobody leaves the table (test).', 'The talks must go on (test).'];
    expect(report.withLiveEdges).toEqual([...ingested, 'Five.', 'Four.', 'Three.', 'Two.']);
    expect(report.overMultipart).toEqual([...ingested].reverse());
    expect(report.error).toEqual({ typename: 'NotFoundError', code: 'NOT_FOUND', message: 'Stakeholder "nobody-parley-knows" does not exist' });
    await until(() => seeded.server.app.events.subscriberCount === 0);
  });

  it('needs the committed possibleTypes: without them Apollo drops the fields of `... on Error`', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const results: unknown[] = [];
    try {
      for (const cache of [new InMemoryCache(), parleyCache()]) {
        const client = new ApolloClient({ link: new HttpLink({ uri: seeded.server.url, headers: seeded.tokens.ingest }), cache });
        const { data } = await client.mutate({
          mutation: AddStatement,
          variables: { input: { article: 'QXJ0aWNsZTo5OTk5', speaker: 'vladimir-putin', text: 'said', kind: 'DIRECT' } },
        });
        results.push(data?.addStatement);
        client.stop();
      }
    } finally {
      warn.mockRestore();
    }
    expect(results).toEqual([
      { __typename: 'NotFoundError' },
      { __typename: 'NotFoundError', code: 'NOT_FOUND', message: 'Article "9999" does not exist' },
    ]);
  });
});
