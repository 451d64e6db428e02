// Entry of a worker thread whose module is TypeScript (under `npm start`, tsx and vitest):
// registers tsx's loader inside the thread, then loads the module named in workerData.
// Node 20 ignores `--import` in a worker's execArgv, so the loader cannot come from there.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const worker = await import(workerData.module);
export default worker.default;
