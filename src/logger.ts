import { pino } from 'pino';
import type { Config } from './config.js';

/** Structured JSON logs; yoga, services and the entry point all write through this. */
export function createLogger(level: Config['LOG_LEVEL']) {
  return pino({ level, base: { service: 'parley' } });
}

export type Logger = ReturnType<typeof createLogger>;
