import { fileURLToPath } from 'node:url';

/**
 * How to start a worker thread on the sibling module `name` of `base` (a module's
 * `import.meta.url`). Built JavaScript is loaded directly; TypeScript sources go through
 * ts-worker.mjs, which registers tsx in the thread first.
 */
export function workerModule(base: string, name: string): { filename: string; workerData: { module: string } } {
  const typescript = base.endsWith('.ts');
  const module = new URL(`./${name}.${typescript ? 'ts' : 'js'}`, base).href;
  const entry = typescript ? new URL('./ts-worker.mjs', import.meta.url) : new URL(module);
  return { filename: fileURLToPath(entry), workerData: { module } };
}
