import type { GraphiQLOptions } from 'graphql-yoga';
import { defaultQuery } from '../schema/default-query.js';

/** What GraphiQL opens with; subscriptions go over graphql-ws on the same origin. */
export const graphiqlOptions: GraphiQLOptions = { title: 'Parley', defaultQuery, subscriptionsProtocol: 'WS' };

/**
 * GraphiQL served by Parley itself: `@graphql-yoga/render-graphiql` inlines the scripts, styles
 * and editor workers that yoga's default page loads from a CDN, so the page works with no network
 * (air-gapped newsrooms, strict CSPs). The bundle is 9 MB: imported on the first visit only, and
 * the page, whose options never change, is rendered once.
 */
export function selfHostedGraphiQL(enabled: boolean) {
  if (!enabled) return { graphiql: false } as const;
  let page: Promise<string> | undefined;
  const render = (options: GraphiQLOptions) =>
    (page ??= import('@graphql-yoga/render-graphiql').then(({ renderGraphiQL }) => renderGraphiQL(options)));
  return { graphiql: graphiqlOptions, renderGraphiQL: render };
}
