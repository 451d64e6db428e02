import { follow, request } from './api.js';
import { feedQuery, statementAddedSubscription } from './documents.js';
import { h } from './dom.js';
import { formatTime, stanceLabel } from './format.js';
import type { StatementCardFieldsFragment as Statement } from './gql/graphql.js';

export interface FeedFilter {
  speaker?: string;
  topic?: string;
}

const pageSize = 20;

/** A link inside the page (hash routing), e.g. `#/topic/ceasefire`. */
export const route = (...parts: string[]) => `#/${parts.map(encodeURIComponent).join('/')}`;

function quote(statement: Statement) {
  // A direct quotation is shown between quotation marks; reported speech is paraphrase.
  return statement.kind === 'DIRECT'
    ? h('blockquote', { class: 'quote direct' }, `“${statement.text}”`)
    : h('blockquote', { class: 'quote reported' }, statement.text);
}

function speaker(statement: Statement) {
  // A quote whose speaker could not be found (a nullable `speaker`) still has its place.
  const who: Statement['speaker'] | null = statement.speaker;
  if (!who) return h('span', { class: 'speaker unattributed' }, 'unattributed');
  return h('a', { class: 'speaker', href: route('stakeholder', who.slug) }, who.name, who.role ? h('span', { class: 'role' }, ` · ${who.role}`) : null);
}

function chips(statement: Statement) {
  // A speaker and its country often take the same stance from one quote: one chip, both named.
  const stances = new Map<string, { position: Statement['positions'][number]; holders: string[] }>();
  for (const position of statement.positions) {
    const key = `${position.stance} ${position.topic.slug}`;
    const chip = stances.get(key) ?? { position, holders: [] };
    chip.holders.push(position.stakeholder.name);
    stances.set(key, chip);
  }
  const stanceChips = [...stances.values()].map(({ position: p, holders }) =>
    h('a', { class: `chip stance stance-${p.stance}`, href: route('topic', p.topic.slug), title: `${holders.join(', ')}: ${stanceLabel(p.stance).toLowerCase()} on ${p.topic.name}` }, `${stanceLabel(p.stance)} · ${p.topic.name}`),
  );
  const topics = statement.topics.map((t) => h('a', { class: 'chip topic', href: route('topic', t.slug) }, t.name));
  return h('div', { class: 'chips' }, stanceChips, topics);
}

function article(statement: Statement) {
  const { title, url, source } = statement.article;
  const name = url ? h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, title) : h('span', {}, title);
  return h('div', { class: 'article' }, name, source ? h('span', { class: 'source' }, ` · ${source}`) : null);
}

/** One statement: who, the words (with their marks), its kind, stances, topics, article and time. */
export function statementCard(statement: Statement, live = false) {
  const when = statement.saidAt ?? statement.article.publishedAt ?? statement.article.ingestedAt;
  return h(
    'article',
    { class: live ? 'card live' : 'card', 'data-statement': statement.id },
    h('header', {}, speaker(statement), h('span', { class: `kind kind-${statement.kind}` }, statement.kind.toLowerCase()), h('time', { datetime: when }, formatTime(when))),
    quote(statement),
    chips(statement),
    article(statement),
  );
}

/**
 * The newest statements matching `filter`, then every new one as it is committed. The page's
 * newest cursor is where the subscription starts: what was committed after the page loaded is
 * replayed, with no gap and no duplicate, and the same holds after every reconnection.
 */
export async function liveFeed(list: HTMLElement, filter: FeedFilter): Promise<() => void> {
  const page = await request(feedQuery, { filter, first: pageSize });
  list.replaceChildren(...page.statements.edges.map((edge) => statementCard(edge.node)));
  if (page.statements.edges.length === 0) list.append(h('p', { class: 'empty' }, 'No statements yet: new ones appear here as they are ingested.'));
  // With no match yet, the newest statement of all marks "now" just as well.
  const after = page.statements.edges[0]?.cursor ?? page.latest.pageInfo.startCursor;
  return follow(statementAddedSubscription, { after, filter }, {
    cursor: (data) => data.statementAdded.cursor,
    onData: (data) => {
      list.querySelector('.empty')?.remove();
      list.prepend(statementCard(data.statementAdded.node, true));
    },
    onFailure: (message) => list.prepend(h('p', { class: 'error' }, `Live updates stopped: ${message}`)),
  });
}
