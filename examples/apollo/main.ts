import { pathToFileURL } from 'node:url';
import type { ObservableQuery } from '@apollo/client';
import { filter, firstValueFrom } from 'rxjs';
import { createParleyClient } from './client.js';
import { AddStatement, IngestArticle, LatestStatements, StatementAdded } from './documents.js';
import type { LatestStatementsQuery, LatestStatementsQueryVariables, StatementAddedSubscription, StatementItemFragment } from './gql/graphql.js';

/** What the example saw, step by step. */
export interface ExampleReport {
  /** the first page, then the list after `fetchMore` merged the second */
  firstPage: string[];
  afterFetchMore: string[];
  /** the list once the subscription pushed the ingested statements into it */
  withLiveEdges: string[];
  /** the same statements, received over multipart HTTP */
  overMultipart: string[];
  /** a typed error, read through `... on Error` (possibleTypes) */
  error: { typename: string; code: string; message: string };
}

const texts = (edges: readonly { node: StatementItemFragment }[]) => edges.map((edge) => edge.node.text);

type StatementList = ObservableQuery<LatestStatementsQuery, LatestStatementsQueryVariables>;

/** The watched list's first complete result that holds `count` edges (AC 4 also reports partial states). */
async function listOf(list: StatementList, count: number): Promise<LatestStatementsQuery> {
  const result = await firstValueFrom(list.pipe(filter((r) => r.dataState === 'complete' && r.data.statements.edges.length >= count)));
  if (result.dataState !== 'complete') throw new Error('unreachable: filtered on complete');
  return result.data;
}

/** Resolves with the first `count` events of a subscription, then ends it. */
function firstEvents(observable: { subscribe: (observer: object) => { unsubscribe(): void } }, count: number) {
  return new Promise<StatementAddedSubscription[]>((resolve, reject) => {
    const received: StatementAddedSubscription[] = [];
    const subscription = observable.subscribe({
      next: ({ data, error }: { data?: StatementAddedSubscription; error?: unknown }) => {
        if (error || !data) return reject(error ?? new Error('an event without data'));
        received.push(data);
        if (received.length === count) {
          subscription.unsubscribe();
          resolve(received);
        }
      },
      error: reject,
    });
  });
}

/**
 * Parley from Apollo Client, the way a frontend uses it: load a page and page on with
 * `fetchMore`; subscribe from the page's newest cursor so live edges join the same list;
 * run a mutation with a token; read a typed error. Ingests one article (two statements).
 */
export async function runExample(url: string, token: string, label = new Date().toISOString()): Promise<ExampleReport> {
  const ws = createParleyClient({ url, token });
  const multipart = createParleyClient({ url, token, subscriptions: 'multipart' });
  try {
    const { client } = ws;
    // 1. A page, then the next one: relayStylePagination merges them into one list.
    const list = client.watchQuery({ query: LatestStatements, variables: { first: 2 } });
    // Watched for the whole run, as a component would: the subscription below lives with it.
    const watching = list.subscribe(() => {});
    const { edges, pageInfo } = (await listOf(list, 0)).statements;
    const firstPage = texts(edges);
    const more = await list.fetchMore({ variables: { after: pageInfo.endCursor } });
    const merged = edges.length + (more.data?.statements.edges.length ?? 0);
    const afterFetchMore = texts((await listOf(list, merged)).statements.edges);

    // 2. Subscribe from the page's newest cursor: whatever is committed after it arrives,
    //    even if it is committed before the subscription is registered.
    const newest = edges[0]?.cursor ?? null;
    list.subscribeToMore({
      document: StatementAdded,
      variables: { after: newest },
      // The live edge goes on top of the list, as it is: same type, same cursor as a page's.
      updateQuery: (_unsafe, { previousData, complete, subscriptionData }) => {
        if (!complete) return undefined;
        const edge = subscriptionData.data.statementAdded;
        return { ...previousData, statements: { ...previousData.statements, edges: [edge, ...previousData.statements.edges] } };
      },
    });
    const overMultipartEvents = firstEvents(multipart.client.subscribe({ query: StatementAdded, variables: { after: newest } }), 2);

    // 3. A mutation with the token: ingest an article of two quotes.
    const quotes = [`The talks must go on (${label}).`, `Nobody leaves the table (${label}).`];
    const ingested = await client.mutate({
      mutation: IngestArticle,
      variables: { input: { title: `Apollo example ${label}`, body: quotes.map((q) => `Vladimir Putin said: “${q}”`).join('\n\n') } },
    });
    if (ingested.data?.ingestArticle.__typename !== 'IngestArticlePayload') throw new Error(`ingest failed: ${JSON.stringify(ingested)}`);
    const withLiveEdges = texts((await listOf(list, merged + quotes.length)).statements.edges);
    const overMultipart = (await overMultipartEvents).map((event) => event.statementAdded.node.text);

    // 4. A typed error: its code and message come through `... on Error` thanks to possibleTypes.
    const refused = await client.mutate({
      mutation: AddStatement,
      variables: { input: { article: ingested.data.ingestArticle.article.id, speaker: 'nobody-parley-knows', text: 'said', kind: 'DIRECT' } },
    });
    const result = refused.data?.addStatement;
    const error = result && 'code' in result ? { typename: result.__typename, code: result.code, message: result.message } : { typename: String(result?.__typename), code: '', message: '' };
    watching.unsubscribe();
    return { firstPage, afterFetchMore, withLiveEdges, overMultipart, error };
  } finally {
    await Promise.all([ws.close(), multipart.close()]);
    ws.client.stop();
    multipart.client.stop();
  }
}

// `npm run example:apollo -- http://localhost:4000/graphql <token>`
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [url = 'http://localhost:4000/graphql', token] = process.argv.slice(2);
  if (!token) {
    console.error('usage: npm run example:apollo -- <url> <token>   (a token: npm run token -- create --scope ingest --name example)');
    process.exit(2);
  }
  console.log(JSON.stringify(await runExample(url, token), null, 2));
}
