import { z } from 'zod';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const environment = z.object({
  PORT: z.coerce
    .number({ error: 'expected a TCP port number (0-65535)' })
    .int({ error: 'expected a TCP port number (0-65535)' })
    .min(0, { error: 'expected a TCP port number (0-65535)' })
    .max(65535, { error: 'expected a TCP port number (0-65535)' })
    .default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'expected a postgres:// or postgresql:// URL' })
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  /** `production` turns GraphiQL off unless GRAPHIQL says otherwise. */
  NODE_ENV: z.string().optional(),
  /** Whether GET /graphql from a browser serves GraphiQL; default: on, except in production. */
  GRAPHIQL: z.stringbool({ error: 'expected true or false' }).optional(),
  /** Whether clients may introspect the schema (GraphiQL's docs and codegen need it). */
  GRAPHQL_INTROSPECTION: z.stringbool({ error: 'expected true or false' }).default(true),
  /** Mutations each API token may run per minute (per process). */
  MUTATIONS_PER_MINUTE: z.coerce.number({ error: 'expected a positive whole number' }).int().positive({ error: 'expected a positive whole number' }).default(120),
  /** Bootstraps an admin API token from the environment (for first start and automation). */
  PARLEY_ADMIN_TOKEN: z.string().min(24, { error: 'expected a secret of at least 24 characters' }).optional(),
})
  // Defaults that depend on another variable are settled once everything has parsed.
  .transform(({ GRAPHIQL, ...config }) => ({ ...config, GRAPHIQL: GRAPHIQL ?? config.NODE_ENV !== 'production' }));

export type Config = z.infer<typeof environment>;

/** Thrown with every invalid variable named, so an operator fixes them all in one go. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once; the only place in Parley that reads `process.env`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = environment.safeParse(present);
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      return `${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
    }),
  );
}
