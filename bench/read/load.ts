/** One timed run: autocannon (as a library) against one target, with the target's CPU time. */
import autocannon from 'autocannon';
import { cpuMs } from './proc-cpu.js';
import type { Request } from './operations.js';

export interface RunResult {
  requests: number;
  durationS: number;
  reqPerS: number;
  p50Ms: number;
  p99Ms: number;
  cpuMsPerRequest: number;
  errors: number;
  non2xx: number;
}

export async function timedRun(port: number, pid: number, request: Request, connections: number, durationS: number): Promise<RunResult> {
  const cpuBefore = cpuMs(pid);
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${request.path}`,
    method: request.method,
    headers: { 'content-type': 'application/json' },
    ...(request.body === undefined ? {} : { body: request.body }),
    connections,
    duration: durationS,
  });
  const cpu = cpuMs(pid) - cpuBefore;
  const requests = result.requests.total;
  return {
    requests,
    durationS: result.duration,
    reqPerS: requests / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    cpuMsPerRequest: requests ? cpu / requests : Number.NaN,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
