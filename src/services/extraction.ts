import { Piscina } from 'piscina';
import { extract } from '../ingest/extract.js';
import type { ArticleText, Catalogue, Extraction } from '../ingest/types.js';
import { workerModule, workerModuleAt } from '../db/worker-module.js';

/** How an article becomes an extraction: inline for CLIs, in the worker pool for the server. */
export type Extractor = (article: ArticleText, catalogue: Catalogue) => Promise<Extraction>;

/** Extraction ran past its time budget; the worker running it was stopped. */
export class ExtractionTimeout extends Error {
  constructor(readonly budgetMs: number) {
    super(`Extracting this article took longer than its ${budgetMs} ms budget; nothing was stored.`);
    this.name = 'ExtractionTimeout';
  }
}

/** The extractor threw on this article (a bug, never bad input); nothing was stored. */
export class ExtractionFailed extends Error {
  constructor(cause: unknown) {
    super('The extractor failed on this article; nothing was stored.', { cause });
    this.name = 'ExtractionFailed';
  }
}

/** In the calling thread: for CLIs and seeding, where nothing else waits on the event loop. */
export const extractInline: Extractor = async (article, catalogue) => {
  try {
    return extract(article, catalogue);
  } catch (error) {
    throw new ExtractionFailed(error);
  }
};

export interface ExtractionPool {
  extract: Extractor;
  close(): Promise<void>;
}

export interface ExtractionPoolOptions {
  /** worker threads; default 2 */
  threads?: number;
  /** time budget per article in ms; the worker is terminated past it. Default 10 000. */
  timeoutMs?: number;
  /** the worker module (default: extraction-worker beside this one); its default export extracts one article */
  module?: URL;
  /** told of every extraction that threw (with its stack), before EXTRACTION_FAILED reaches the client */
  onFailure?: (error: unknown) => void;
}

/**
 * A small piscina pool with a time budget per article: a pathological article costs one
 * worker thread for at most the budget and ends in EXTRACTION_TIMEOUT, while every other
 * request keeps being served. Threads start with the first article and stop after a minute idle,
 * so servers that never ingest (tests, read replicas) never pay for them.
 */
export function createExtractionPool({ threads = 2, timeoutMs = 10_000, module, onFailure }: ExtractionPoolOptions = {}): ExtractionPool {
  const worker = module ? workerModuleAt(module) : workerModule(import.meta.url, 'extraction-worker');
  const pool = new Piscina({ ...worker, minThreads: 0, maxThreads: threads, idleTimeout: 60_000 });
  return {
    async extract(article, catalogue) {
      try {
        return (await pool.run({ article, catalogue }, { signal: AbortSignal.timeout(timeoutMs) })) as Extraction;
      } catch (error) {
        if (error instanceof Error && error.name === 'AbortError') throw new ExtractionTimeout(timeoutMs);
        onFailure?.(error);
        throw new ExtractionFailed(error);
      }
    },
    close: () => pool.destroy(),
  };
}
