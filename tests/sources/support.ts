import type { ServerSettings } from '../../src/server/app.js';
import type { TestServer } from '../support/server.js';
import { articlePage, type FixtureArticle, type Listed } from './fixtures.js';
import { type FixtureSite, html } from './fixture-site.js';

/** Poller settings for tests: on, allowed onto 127.0.0.1, ticking fast, with short limits. */
export const pollingSettings: Partial<ServerSettings> = {
  SOURCES_POLL: true,
  SOURCES_ALLOW_PRIVATE: true,
  SOURCES_TICK_MS: 50,
  SOURCES_MIN_INTERVAL_S: 1,
  SOURCES_HOST_DELAY_MS: 0,
  SOURCES_FETCH_TIMEOUT_MS: 1_000,
  SOURCES_MAX_BYTES: 200_000,
  SOURCES_MAX_REDIRECTS: 3,
  SOURCES_ITEM_ATTEMPTS: 2,
};

/** Serves each article's page under `prefix` and returns the listing a feed would carry. */
export function publish(site: FixtureSite, prefix: string, stories: FixtureArticle[]): Listed[] {
  return stories.map((article) => {
    const path = `${prefix}/${article.slug}`;
    site.route(path, html(articlePage(article)));
    return { article, url: site.url(path) };
  });
}

/** The same story under a new headline, so its text (and content hash) differs. */
export const retitled = (article: FixtureArticle, edition: string): FixtureArticle => ({
  ...article,
  slug: `${article.slug}-${edition}`,
  title: `${article.title} (${edition} edition)`,
});

export interface SourceStatus {
  id: string;
  url: string;
  kind: string;
  name: string;
  paused: boolean;
  pollIntervalSeconds: number;
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  consecutiveFailures: number;
  nextPollAt: string;
  articlesIngested: number;
}

export const statusFields = 'id url kind name paused pollIntervalSeconds lastPolledAt lastSuccessAt lastError consecutiveFailures nextPollAt articlesIngested';

/** Every source's status, read over the API. */
export async function statuses(server: TestServer): Promise<SourceStatus[]> {
  const { data, errors } = await server.graphql<{ sources: { nodes: SourceStatus[] } }>(`{ sources(first: 100) { nodes { ${statusFields} } } }`);
  if (errors) throw new Error(JSON.stringify(errors));
  return data?.sources.nodes ?? [];
}

export async function statusOf(server: TestServer, url: string): Promise<SourceStatus | undefined> {
  return (await statuses(server)).find((s) => s.url === url);
}

export const addSourceMutation = /* GraphQL */ `
  mutation Add($input: AddSourceInput!) {
    addSource(input: $input) {
      __typename
      ... on Source { ${statusFields} }
      ... on Error { code message }
      ... on DuplicateSourceError { existing }
    }
  }
`;

export type AddResult = { __typename: string; code?: string; message?: string; existing?: string } & Partial<SourceStatus>;

export async function addVia(server: TestServer, headers: Record<string, string>, input: Record<string, unknown>): Promise<AddResult> {
  const { data, errors } = await server.graphql<{ addSource: AddResult }>(addSourceMutation, { input }, headers);
  if (errors) throw new Error(JSON.stringify(errors));
  if (!data) throw new Error('no data');
  return data.addSource;
}
