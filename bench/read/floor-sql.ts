/**
 * The floor: one hand-written SQL statement per operation, each building the whole answer as
 * JSON inside Postgres, in the same shape as the normalised GraphQL answers.
 */
const current = (p: string) =>
  `not exists (select 1 from positions later where later.stakeholder_id = ${p}.stakeholder_id and later.topic_id = ${p}.topic_id and (later.observed_at, later.id) > (${p}.observed_at, ${p}.id))`;

const speaker = `case when k.id is null then null else json_build_object('slug', k.slug, 'name', k.name) end`;

export const operationNames = ['feed', 'stakeholder', 'topic', 'search'] as const;
export type OperationName = (typeof operationNames)[number];

export const floorSql: Record<OperationName, string> = {
  feed: `select json_build_object('statements', coalesce(json_agg(json_build_object(
      'seq', s.seq, 'text', s.text, 'kind', s.kind, 'saidAt', s.said_at, 'speaker', ${speaker},
      'article', json_build_object('title', a.title, 'url', a.url, 'publishedAt', a.published_at)) order by s.seq desc), '[]'))::text as answer
    from (select seq, text, kind, said_at, speaker_id, article_id from statements order by seq desc limit 50) s
    join articles a on a.id = s.article_id left join stakeholders k on k.id = s.speaker_id`,
  stakeholder: `select json_build_object('slug', k.slug, 'name', k.name, 'kind', k.kind,
      'positions', (select coalesce(json_agg(json_build_object('stance', p.stance, 'summary', p.summary, 'observedAt', p.observed_at,
          'topic', json_build_object('slug', t.slug, 'name', t.name),
          'evidence', case when e.id is null then null else json_build_object('seq', e.seq, 'text', e.text) end) order by p.observed_at desc, p.id desc), '[]')
        from (select p.id, p.stance, p.summary, p.observed_at, p.topic_id, p.evidence_statement_id from positions p
              where p.stakeholder_id = k.id and ${current('p')} order by p.observed_at desc, p.id desc limit 100) p
        join topics t on t.id = p.topic_id left join statements e on e.id = p.evidence_statement_id),
      'statements', (select coalesce(json_agg(json_build_object('seq', s.seq, 'text', s.text, 'saidAt', s.said_at) order by s.seq desc), '[]')
        from (select seq, text, said_at from statements where speaker_id = k.id order by seq desc limit 10) s)
    )::text as answer from stakeholders k where k.slug = $1`,
  topic: `select json_build_object('slug', t.slug, 'name', t.name,
      'stanceSummary', (select coalesce(json_agg(json_build_object('stance', c.stance, 'count', c.n) order by c.n desc, c.stance), '[]')
        from (select p.stance, count(*)::int as n from positions p where p.topic_id = t.id and ${current('p')} group by p.stance) c),
      'positions', (select coalesce(json_agg(json_build_object('stance', p.stance, 'observedAt', p.observed_at,
          'stakeholder', json_build_object('slug', k.slug, 'name', k.name)) order by p.observed_at desc, p.id desc), '[]')
        from (select p.id, p.stance, p.observed_at, p.stakeholder_id from positions p
              where p.topic_id = t.id and ${current('p')} order by p.observed_at desc, p.id desc limit 100) p
        join stakeholders k on k.id = p.stakeholder_id)
    )::text as answer from topics t where t.slug = $1`,
  search: `select json_build_object('statements', coalesce(json_agg(json_build_object('seq', s.seq, 'text', s.text, 'speaker', ${speaker}) order by s.seq desc), '[]'))::text as answer
    from (select seq, text, speaker_id from statements where search @@ websearch_to_tsquery('english', $1) order by seq desc limit 20) s
    left join stakeholders k on k.id = s.speaker_id`,
};
