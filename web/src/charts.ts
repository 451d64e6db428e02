import { h, svg } from './dom.js';
import { formatDate, formatTime, stanceLabel, stanceOrder } from './format.js';
import type { Stance } from './gql/graphql.js';
import { route } from './feed.js';

export interface Observation {
  stance: Stance;
  summary: string;
  observedAt: string;
  isCurrent: boolean;
  topic: { slug: string; name: string };
}

const width = 760;
const labelWidth = 180;
const rightPad = 56;
const rowHeight = 36;
const axisHeight = 30;
/** Closest two dots of a row may sit, in px: one dot and a little air. */
const minGap = 18;

/** Stances present, in chart order, as a legend of coloured dots. */
function legend(stances: Iterable<Stance>) {
  const present = new Set(stances);
  return h(
    'ul',
    { class: 'legend' },
    stanceOrder.filter((s) => present.has(s)).map((s) => h('li', { class: `stance-${s}` }, h('span', { class: 'dot' }), stanceLabel(s))),
  );
}

/**
 * A stakeholder's position history as a picture: one row per topic, each observation a dot in
 * its stance's colour on a shared time axis, joined in order; the current one is ringed.
 */
export function positionTimeline(history: Observation[]) {
  if (history.length === 0) return h('p', { class: 'empty' }, 'No positions recorded yet.');
  const times = history.map((o) => Date.parse(o.observedAt));
  const [first, last] = [Math.min(...times), Math.max(...times)];
  // A single moment still needs an axis: a day either side.
  const [from, to] = first === last ? [first - 86_400_000, last + 86_400_000] : [first, last];
  const x = (time: number) => labelWidth + ((time - from) / (to - from)) * (width - labelWidth - rightPad);
  const rows = new Map<string, { topic: Observation['topic']; observations: Observation[] }>();
  // Oldest first; of observations made at one moment, the current one comes last.
  const chronological = [...history].sort((a, b) => Date.parse(a.observedAt) - Date.parse(b.observedAt) || Number(a.isCurrent) - Number(b.isCurrent));
  for (const o of chronological) {
    const row = rows.get(o.topic.slug) ?? { topic: o.topic, observations: [] };
    row.observations.push(o);
    rows.set(o.topic.slug, row);
  }
  const height = axisHeight + rows.size * rowHeight + 8;
  const ticks = [from, (from + to) / 2, to];
  const anchors = ['start', 'middle', 'end'];
  const picture = svg(
    'svg',
    { class: 'timeline', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Position history by topic' },
    ticks.flatMap((t, i) => [
      svg('line', { class: 'grid', x1: x(t), x2: x(t), y1: axisHeight - 6, y2: height - 4 }),
      svg('text', { class: 'tick', x: x(t), y: 16, 'text-anchor': anchors[i] }, to - from < 4 * 86_400_000 ? formatTime(new Date(t).toISOString()) : formatDate(t)),
    ]),
    [...rows.values()].map(({ topic, observations }, row) => {
      const y = axisHeight + row * rowHeight + rowHeight / 2;
      // Observations read from one article share a moment: set them side by side, in order.
      const placed: { o: Observation; cx: number }[] = [];
      for (const o of observations) placed.push({ o, cx: Math.max(x(Date.parse(o.observedAt)), (placed.at(-1)?.cx ?? -Infinity) + minGap) });
      const points = placed.map(({ cx }) => `${cx},${y}`).join(' ');
      return svg(
        'g',
        { class: 'row', 'data-topic': topic.slug },
        svg('a', { href: route('topic', topic.slug) }, svg('text', { class: 'label', x: labelWidth - 14, y: y + 4, 'text-anchor': 'end' }, topic.name)),
        svg('line', { class: 'lane', x1: labelWidth, x2: width - rightPad, y1: y, y2: y }),
        svg('polyline', { class: 'path', points }),
        placed.map(({ o, cx }) =>
          svg(
            'g',
            { class: `point stance-${o.stance}${o.isCurrent ? ' current' : ''}` },
            o.isCurrent ? svg('circle', { class: 'ring', cx, cy: y, r: 10 }) : null,
            svg('circle', { class: 'dot', cx, cy: y, r: 7 }, svg('title', {}, `${stanceLabel(o.stance)} · ${formatTime(o.observedAt)} · ${o.summary}`)),
          ),
        ),
      );
    }),
  );
  return h('figure', { class: 'chart' }, picture, legend(history.map((o) => o.stance)));
}

/** How many stakeholders hold each stance on a topic, as horizontal bars. */
export function stanceBars(summary: { stance: Stance; count: number }[]) {
  const held = stanceOrder.map((stance) => ({ stance, count: summary.find((s) => s.stance === stance)?.count ?? 0 })).filter((s) => s.count > 0);
  if (held.length === 0) return h('p', { class: 'empty' }, 'Nobody has taken a position on this topic yet.');
  const most = Math.max(...held.map((s) => s.count));
  const [barLeft, barHeight, gap, chartWidth] = [120, 24, 10, 560];
  const barSpace = chartWidth - barLeft - 40;
  const picture = svg(
    'svg',
    { class: 'bars', viewBox: `0 0 ${chartWidth} ${held.length * (barHeight + gap) + gap}`, role: 'img', 'aria-label': 'Stance summary' },
    held.map(({ stance, count }, i) => {
      const y = gap + i * (barHeight + gap);
      const length = Math.max(4, (count / most) * barSpace);
      return svg(
        'g',
        { class: `bar stance-${stance}`, 'data-stance': stance },
        svg('text', { class: 'label', x: barLeft - 10, y: y + barHeight / 2 + 5, 'text-anchor': 'end' }, stanceLabel(stance)),
        svg('rect', { x: barLeft, y, width: length, height: barHeight, rx: 4 }),
        svg('text', { class: 'count', x: barLeft + length + 8, y: y + barHeight / 2 + 5 }, count),
      );
    }),
  );
  return h('figure', { class: 'chart' }, picture);
}
