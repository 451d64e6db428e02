import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import type { EventHub } from '../events/hub.js';

/**
 * `/metrics` in Prometheus text format: request and phase timings and errors from yoga,
 * process metrics, and the live stream's state. One registry per app, so several apps in
 * one process (tests, benchmarks) never collide.
 */
export function useMetrics(events: EventHub): Plugin {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  new Gauge({
    name: 'parley_subscribers',
    help: 'Live subscribers in this process, by feed',
    labelNames: ['feed'],
    registers: [registry],
    collect() {
      for (const [feed, count] of Object.entries(events.subscribersByFeed)) this.set({ feed }, count);
    },
  });
  new Gauge({
    name: 'parley_events_listening',
    help: '1 while the LISTEN connection for live events is in place',
    registers: [registry],
    collect() {
      this.set(events.listening ? 1 : 0);
    },
  });
  new Gauge({
    name: 'parley_stream_head_seq',
    help: 'Highest statement seq this process has delivered to subscribers',
    registers: [registry],
    collect() {
      this.set(events.headSeq);
    },
  });
  return usePrometheus({
    registry,
    endpoint: '/metrics',
    metrics: {
      graphql_yoga_http_duration: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_phase_parse: true,
      graphql_envelop_phase_validate: true,
      graphql_envelop_phase_execute: true,
      graphql_envelop_phase_subscribe: true,
      graphql_envelop_error_result: true,
    },
  });
}
