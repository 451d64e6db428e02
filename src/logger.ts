import { GraphQLError } from 'graphql';
import { type DestinationStream, pino } from 'pino';
import type { Config } from './config.js';

/** A string cut to `max` characters, saying how much was cut: one request must not write a 2.7 MB log line. */
function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… [${text.length - max} more characters]`;
}

/** Every string in a log record, at any depth, cut to `max`. */
function cutStrings(value: unknown, max: number, depth = 0): unknown {
  if (typeof value === 'string') return cut(value, max);
  // pino's error serializer (message, stack, causes) runs after this formatter: apply it here.
  if (value instanceof Error) return cutStrings(pino.stdSerializers.err(value), max, depth + 1);
  if (depth > 6 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => cutStrings(item, max, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cutStrings(item, max, depth + 1)]));
}

export interface LoggerOptions {
  level: Config['LOG_LEVEL'];
  /** longest string kept in any field; default 4 000 */
  maxString?: number;
  /** where lines go; default stdout (tests pass a stream to read them) */
  destination?: DestinationStream;
}

/**
 * Structured JSON logs; yoga, services and the entry point all write through this. Errors go
 * under `err` with their stack (`logger.error({ err }, 'what failed')`); long strings are cut.
 */
export function createLogger(options: LoggerOptions | Config['LOG_LEVEL']) {
  const { level, maxString = 4_000, destination } = typeof options === 'string' ? { level: options } : options;
  return pino(
    {
      level,
      base: { service: 'parley' },
      formatters: { log: (record) => cutStrings(record, maxString) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          const [first, ...rest] = args;
          // `logger.error(err)` alone: keep the stack under `err`, as the call sites do.
          // Yoga logs masked errors that way, wrapped in a GraphQLError: log what was thrown.
          if (first instanceof Error) {
            const err = first instanceof GraphQLError && first.originalError ? first.originalError : first;
            return method.apply(this, [{ err, path: first instanceof GraphQLError ? first.path : undefined }, err.message, ...rest.map(String)]);
          }
          return method.apply(this, args.map((arg) => (typeof arg === 'string' ? cut(arg, maxString) : arg)) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}

export type Logger = ReturnType<typeof createLogger>;
