import { fileURLToPath } from 'node:url';

/**
 * How to start a worker thread on the sibling module `name` of `base` (a module's
 * `import.meta.url`). Built JavaScript is loaded directly; TypeScript sources go through
 * ts-worker.mjs, which registers tsx in the thread first.
 */
export function workerModule(base: string, name: string): { filename: string; workerData: { module: string } } {
  return workerModuleAt(new URL(`./${name}.${base.endsWith('.ts') ? 'ts' : 'js'}`, base));
}

/** The same for a module given by its URL. */
export function workerModuleAt(module: URL): { filename: string; workerData: { module: string } } {
  const entry = module.pathname.endsWith('.ts') ? new URL('./ts-worker.mjs', import.meta.url) : module;
  return { filename: fileURLToPath(entry), workerData: { module: module.href } };
}
