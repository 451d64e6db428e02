-- Computed columns for PostGraphile where its generated API has no equivalent of a Parley
-- field: a stakeholder's and a topic's current positions (the latest per stakeholder and
-- topic, newest first, as Parley's `positions(currentOnly: true)`), a topic's stance summary,
-- and full-text search over statements (Parley's `statements(filter: {search})`, newest first).
-- The bench loads this file before starting PostGraphile; it only adds the schema bench_api.
create schema if not exists bench_api;

create or replace function bench_api.stakeholders_current_positions(s public.stakeholders) returns setof public.positions
language sql stable as $$
  select p.* from public.positions p
  where p.stakeholder_id = s.id
    and not exists (select 1 from public.positions later where later.stakeholder_id = p.stakeholder_id and later.topic_id = p.topic_id and (later.observed_at, later.id) > (p.observed_at, p.id))
  order by p.observed_at desc, p.id desc
$$;

create or replace function bench_api.topics_current_positions(t public.topics) returns setof public.positions
language sql stable as $$
  select p.* from public.positions p
  where p.topic_id = t.id
    and not exists (select 1 from public.positions later where later.stakeholder_id = p.stakeholder_id and later.topic_id = p.topic_id and (later.observed_at, later.id) > (p.observed_at, p.id))
  order by p.observed_at desc, p.id desc
$$;

do $$ begin
  create type bench_api.stance_count as (stance public.stance, count int);
exception when duplicate_object then null;
end $$;

create or replace function bench_api.topics_stance_summary(t public.topics) returns setof bench_api.stance_count
language sql stable as $$
  select p.stance, count(*)::int from public.positions p
  where p.topic_id = t.id
    and not exists (select 1 from public.positions later where later.stakeholder_id = p.stakeholder_id and later.topic_id = p.topic_id and (later.observed_at, later.id) > (p.observed_at, p.id))
  group by p.stance
  order by count(*) desc, p.stance
$$;

create or replace function bench_api.search_statements(query text) returns setof public.statements
language sql stable as $$
  select s.* from public.statements s
  where s.search @@ websearch_to_tsquery('english', query)
  order by s.seq desc
$$;
