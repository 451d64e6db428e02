import { request } from './api.js';
import { positionTimeline, stanceBars } from './charts.js';
import { stakeholderQuery, topicQuery } from './documents.js';
import { h } from './dom.js';
import { type FeedFilter, liveFeed, route } from './feed.js';
import { formatDate, stanceLabel } from './format.js';
import type { Stance } from './gql/graphql.js';

/** What a view leaves running (its live feed), stopped when the reader moves on. */
export type Stop = () => void;

const stanceChip = (stance: Stance) => h('span', { class: `chip stance stance-${stance}` }, stanceLabel(stance));

function section(title: string, ...content: Node[]) {
  return h('section', { class: 'panel' }, h('h2', {}, title), ...content);
}

async function feedSection(title: string, filter: FeedFilter) {
  const list = h('div', { class: 'feed' });
  const stop = await liveFeed(list, filter);
  return { node: section(title, list), stop };
}

function notFound(main: HTMLElement, what: string): Stop {
  main.replaceChildren(h('p', { class: 'error' }, `${what} is not known here.`), h('p', {}, h('a', { href: '#/' }, 'Back to the live feed')));
  return () => {};
}

/** A stakeholder: its current positions, the picture of how they moved, and what it says live. */
export async function stakeholderView(main: HTMLElement, slug: string): Promise<Stop> {
  const { stakeholder } = await request(stakeholderQuery, { ref: slug });
  if (!stakeholder) return notFound(main, `Stakeholder "${slug}"`);
  const { name, kind, role, parent, positions, history } = stakeholder;
  const current = positions.nodes.map((p) =>
    h(
      'li',
      { class: 'position' },
      stanceChip(p.stance),
      h('a', { class: 'chip topic', href: route('topic', p.topic.slug) }, p.topic.name),
      h('span', { class: 'summary' }, p.summary),
      h('time', { datetime: p.observedAt }, formatDate(p.observedAt)),
      p.evidence ? h('blockquote', { class: `quote ${p.evidence.kind.toLowerCase()}` }, p.evidence.kind === 'DIRECT' ? `“${p.evidence.text}”` : p.evidence.text) : null,
    ),
  );
  const feed = await feedSection(`What ${name} says`, { speaker: slug });
  main.replaceChildren(
    h(
      'header',
      { class: 'profile' },
      h('h1', {}, name),
      h('p', { class: 'meta' }, kind.toLowerCase(), role ? ` · ${role}` : null, parent ? [' · ', h('a', { href: route('stakeholder', parent.slug) }, parent.name)] : null),
    ),
    section('Current positions', current.length > 0 ? h('ul', { class: 'positions' }, current) : h('p', { class: 'empty' }, 'No positions recorded yet.')),
    section('Position history', positionTimeline(history.nodes)),
    feed.node,
  );
  return feed.stop;
}

/** A topic: who stands where (a bar chart of current stances), and what is said about it live. */
export async function topicView(main: HTMLElement, slug: string): Promise<Stop> {
  const { topic } = await request(topicQuery, { ref: slug });
  if (!topic) return notFound(main, `Topic "${slug}"`);
  const holders = topic.positions.nodes.map((p) =>
    h('li', { class: 'position' }, stanceChip(p.stance), h('a', { href: route('stakeholder', p.stakeholder.slug) }, p.stakeholder.name), h('span', { class: 'summary' }, p.summary)),
  );
  const feed = await feedSection(`Said about ${topic.name}`, { topic: slug });
  main.replaceChildren(
    h('header', { class: 'profile' }, h('h1', {}, topic.name), h('p', { class: 'meta' }, topic.keywords.join(' · '))),
    section('Stance summary', stanceBars(topic.stanceSummary)),
    section('Who stands where', holders.length > 0 ? h('ul', { class: 'positions' }, holders) : h('p', { class: 'empty' }, 'No positions recorded yet.')),
    feed.node,
  );
  return feed.stop;
}
