/**
 * A V8 .cpuprofile (node --cpu-prof) summarised: self time per package and the top functions
 * by self time, so the README can show where an operation's CPU goes.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

/** The parts of V8's CpuProfile format (Chrome DevTools protocol, Profiler.Profile) used here. */
const cpuProfile = z.object({
  startTime: z.number(),
  nodes: z.array(z.object({ id: z.number(), callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }) })),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

export interface ProfileSummary {
  totalMs: number;
  packages: { name: string; ms: number; share: number }[];
  functions: { name: string; package: string; ms: number; share: number }[];
}

/** Which package a script belongs to: the last node_modules entry in its path, Parley's own code, or Node itself. */
export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const modules = url.split('/node_modules/');
  if (modules.length > 1) {
    const rest = modules[modules.length - 1] ?? '';
    const parts = rest.split('/');
    return rest.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? rest);
  }
  if (url.startsWith('node:')) return 'node';
  if (url.includes('/src/')) return 'parley';
  return url;
}

/** A span of CLOCK_MONOTONIC in µs (`process.hrtime` in any process; V8 stamps samples on the same clock on Linux). */
export interface Window {
  fromUs: number;
  toUs: number;
}

export const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

/** Self time per function and package; with `window`, only the samples taken inside it (the load, not start-up). */
export async function summariseProfile(file: string, window?: Window, top = 15): Promise<ProfileSummary> {
  const profile = cpuProfile.parse(JSON.parse(await readFile(file, 'utf8')));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (!window || (at >= window.fromUs && at <= window.toUs)) selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  });
  const packages = new Map<string, number>();
  const functions = new Map<string, { package: string; us: number }>();
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)') continue;
    totalUs += us;
    const pkg = packageOf(node.callFrame.url, node.callFrame.functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
    const file = node.callFrame.url.split('/').pop() ?? '';
    const name = `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber + 1}`;
    const entry = functions.get(name) ?? { package: pkg, us: 0 };
    entry.us += us;
    functions.set(name, entry);
  }
  const share = (us: number) => Math.round((us / totalUs) * 1000) / 10;
  return {
    totalMs: Math.round(totalUs / 1000),
    packages: [...packages].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => ({ name, ms: Math.round(us / 1000), share: share(us) })),
    functions: [...functions]
      .sort((a, b) => b[1].us - a[1].us)
      .slice(0, top)
      .map(([name, entry]) => ({ name, package: entry.package, ms: Math.round(entry.us / 1000), share: share(entry.us) })),
  };
}

export function printSummary(title: string, summary: ProfileSummary): string {
  const lines = [`${title}: ${summary.totalMs} ms of CPU sampled (idle excluded)`, '  self time by package:'];
  for (const p of summary.packages) lines.push(`    ${String(p.share).padStart(5)} %  ${p.name}`);
  lines.push('  top functions by self time:');
  for (const f of summary.functions) lines.push(`    ${String(f.share).padStart(5)} %  ${f.name}  [${f.package}]`);
  return lines.join('\n');
}
