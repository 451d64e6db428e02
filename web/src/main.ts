import { type Connection, onConnection, request } from './api.js';
import { speakersQuery, topicsQuery } from './documents.js';
import { h } from './dom.js';
import { type FeedFilter, liveFeed } from './feed.js';
import type { SpeakersQuery } from './gql/graphql.js';
import { type Stop, stakeholderView, topicView } from './views.js';

/** An element index.html must have. */
function required<E extends Element>(selector: string, type: abstract new () => E): E {
  const element = document.querySelector(selector);
  if (!(element instanceof type)) throw new Error(`index.html lacks ${selector}`);
  return element;
}

const main = required('main', HTMLElement);
const speakerSelect = required('#speaker', HTMLSelectElement);
const topicSelect = required('#topic', HTMLSelectElement);
const status = required('#status', HTMLElement);

const statusText: Record<Connection, string> = { connecting: 'connecting…', live: 'live', reconnecting: 'reconnecting…' };
onConnection((state) => {
  status.className = `status ${state}`;
  status.textContent = statusText[state];
});

/** `#/?speaker=…&topic=…`: the feed's filters live in the address, so a filtered feed can be shared. */
function filterFromHash(query: string): FeedFilter {
  const params = new URLSearchParams(query);
  return { speaker: params.get('speaker') || undefined, topic: params.get('topic') || undefined };
}

function applyFilters() {
  const params = new URLSearchParams();
  if (speakerSelect.value) params.set('speaker', speakerSelect.value);
  if (topicSelect.value) params.set('topic', topicSelect.value);
  location.hash = `#/?${params}`;
}
speakerSelect.addEventListener('change', applyFilters);
topicSelect.addEventListener('change', applyFilters);

async function feedView(filter: FeedFilter): Promise<Stop> {
  speakerSelect.value = filter.speaker ?? '';
  topicSelect.value = filter.topic ?? '';
  const list = h('div', { class: 'feed' });
  const stop = await liveFeed(list, filter);
  main.replaceChildren(h('section', { class: 'panel' }, h('h2', {}, 'Live statements'), list));
  return stop;
}

let stopView: Stop = () => {};
let navigation = 0;

async function show() {
  const current = ++navigation;
  stopView();
  stopView = () => {};
  const [path = '', query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const [view, slug] = path.split('/').map(decodeURIComponent);
  document.body.dataset.view = view || 'feed';
  try {
    const stop =
      view === 'stakeholder' && slug ? await stakeholderView(main, slug)
      : view === 'topic' && slug ? await topicView(main, slug)
      : await feedView(filterFromHash(query));
    // The reader moved on while this view loaded: stop its feed at once.
    if (current === navigation) stopView = stop;
    else stop();
  } catch (error) {
    if (current === navigation) main.replaceChildren(h('p', { class: 'error' }, `Could not load this view: ${error instanceof Error ? error.message : String(error)}`));
  }
}

/** Fills the filter menus with the stakeholders and topics that have statements. */
async function loadFilters() {
  const speakers: { slug: string; name: string; count: number }[] = [];
  let after: string | null = null;
  do {
    const { stakeholders }: SpeakersQuery = await request(speakersQuery, { after });
    speakers.push(...stakeholders.nodes.map((s) => ({ slug: s.slug, name: s.name, count: s.statements.totalCount })));
    after = stakeholders.pageInfo.hasNextPage ? stakeholders.pageInfo.endCursor : null;
  } while (after);
  const { topics } = await request(topicsQuery, {});
  const options = (items: { slug: string; name: string; count: number }[]) =>
    items.filter((i) => i.count > 0).sort((a, b) => a.name.localeCompare(b.name)).map((i) => h('option', { value: i.slug }, `${i.name} (${i.count})`));
  speakerSelect.append(...options(speakers));
  topicSelect.append(...options(topics.nodes.map((t) => ({ slug: t.slug, name: t.name, count: t.statements.totalCount }))));
  const { speaker, topic } = filterFromHash(location.hash.split('?')[1] ?? '');
  speakerSelect.value = speaker ?? '';
  topicSelect.value = topic ?? '';
}

window.addEventListener('hashchange', () => void show());
void loadFilters().catch((error) => console.error('filters', error));
void show();
