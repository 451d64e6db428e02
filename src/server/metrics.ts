import { timingSafeEqual } from 'node:crypto';
import { createCounter, createHistogram, usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import type { EventHub } from '../events/hub.js';

export interface MetricsOptions {
  /** when set, `/metrics` needs `Authorization: Bearer <token>` */
  token?: string | undefined;
  /** operation names reported as labels; every other name is `other` */
  operationNames: readonly string[];
}

/**
 * Labels take operation names only from the allow-list. Clients choose operation names, so
 * taken verbatim they are unbounded: 3 000 distinct names once grew RSS by 360 MB and
 * `/metrics` to 86 MB, never freed.
 */
function operationLabel(allowed: ReadonlySet<string>) {
  return (name: string | undefined) => (name && allowed.has(name) ? name : name ? 'other' : 'anonymous');
}

function liveGauges(registry: Registry, events: EventHub): void {
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
}

/** `/metrics` behind a bearer token, when one is configured. */
function useMetricsToken(token: string | undefined): Plugin {
  const expected = token ? Buffer.from(`Bearer ${token}`) : null;
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (!expected || url.pathname !== '/metrics') return;
      const given = Buffer.from(request.headers.get('authorization') ?? '');
      if (given.length === expected.length && timingSafeEqual(given, expected)) return;
      endResponse(new fetchAPI.Response('Unauthorized\n', { status: 401, headers: { 'www-authenticate': 'Bearer' } }));
    },
  };
}

/**
 * `/metrics` in Prometheus text format: request and phase timings and errors from yoga,
 * process metrics, and the live stream's state. One registry per app, so several apps in one
 * process (tests, benchmarks) never collide. Every label has a bounded set of values: no URL,
 * no error path (it carries aliases), operation names from the allow-list.
 */
export function useMetrics(events: EventHub, options: MetricsOptions): Plugin[] {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  liveGauges(registry, events);
  const label = operationLabel(new Set(options.operationNames));
  const labels = (params: { operationName?: string; operationType?: string }) => ({
    operationName: label(params.operationName),
    operationType: params.operationType ?? 'unknown',
  });
  const phase = <P extends string>(name: string, help: string, phases: [P, ...P[]]) =>
    createHistogram<P, 'operationName' | 'operationType'>({ registry, histogram: { name, help, labelNames: ['operationName', 'operationType'] }, fillLabelsFn: labels, phases });
  return [
    useMetricsToken(options.token),
    usePrometheus({
      registry,
      endpoint: '/metrics',
      labels: { url: false, path: false },
      metrics: {
        graphql_yoga_http_duration: createHistogram({
          registry,
          histogram: { name: 'graphql_yoga_http_duration', help: 'Time spent on HTTP connection', labelNames: ['operationName', 'operationType', 'method', 'statusCode'] },
          fillLabelsFn: (params, { request, response }) => ({ ...labels(params), method: request.method, statusCode: response.status }),
          phases: ['request'],
        }),
        graphql_envelop_request_duration: phase('graphql_envelop_request_duration', 'Time spent on running the GraphQL operation from parse to execute', ['execute', 'subscribe']),
        graphql_envelop_phase_parse: phase('graphql_envelop_phase_parse', 'Time spent on running GraphQL "parse" function', ['parse']),
        graphql_envelop_phase_validate: phase('graphql_envelop_phase_validate', 'Time spent on running GraphQL "validate" function', ['validate']),
        graphql_envelop_phase_execute: phase('graphql_envelop_phase_execute', 'Time spent on running the GraphQL "execute" function', ['execute']),
        graphql_envelop_phase_context: phase('graphql_envelop_phase_context', 'Time spent on building the GraphQL context', ['context']),
        // Defaults of the plugin that would label by raw operation name (or are not needed): off.
        graphql_envelop_request: false,
        graphql_envelop_request_time_summary: false,
        graphql_envelop_deprecated_field: false,
        graphql_envelop_execute_resolver: false,
        graphql_envelop_phase_subscribe: phase('graphql_envelop_phase_subscribe', 'Time spent on running the GraphQL "subscribe" function', ['subscribe']),
        graphql_envelop_error_result: createCounter({
          registry,
          counter: { name: 'graphql_envelop_error_result', help: 'Counts the amount of errors reported from all phases', labelNames: ['operationName', 'operationType', 'phase'] },
          fillLabelsFn: (params) => ({ ...labels(params), phase: params.errorPhase ?? 'unknown' }),
          phases: ['parse', 'validate', 'context', 'execute', 'subscribe'],
        }),
      },
    }),
  ];
}
