import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('defaults to embedded PGlite under .data on port 4000', () => {
    expect(loadConfig({})).toMatchObject({ PORT: 4000, HOST: '0.0.0.0', DATA_DIR: '.data', LOG_LEVEL: 'info', GRAPHIQL: true, GRAPHQL_INTROSPECTION: true, MUTATIONS_PER_MINUTE: 120 });
    expect(loadConfig({}).DATABASE_URL).toBeUndefined();
  });

  it('serves GraphiQL unless NODE_ENV is production, where GRAPHIQL=true turns it back on', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).GRAPHIQL).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).GRAPHIQL).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHIQL: 'true' }).GRAPHIQL).toBe(true);
    expect(loadConfig({ GRAPHIQL: 'false' }).GRAPHIQL).toBe(false);
    expect(() => loadConfig({ GRAPHIQL: 'sometimes' })).toThrow(/GRAPHIQL="sometimes": expected true or false/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).DATABASE_URL).toBeUndefined();
  });

  it('reports every bad variable at once, by name, with what is expected', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://db/parley', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const { problems, message } = error as ConfigError;
      expect(problems).toHaveLength(3);
      expect(message).toMatch(/PORT="eighty": .*port/);
      expect(message).toMatch(/DATABASE_URL \(value not shown\): .*postgres:\/\//);
      expect(message).not.toContain('mysql://db/parley');
      expect(message).toMatch(/LOG_LEVEL="loud": .*"info"/);
    }
  });

  it('names a rejected secret and what it needs, never its value (DATABASE_URL may hold a password)', () => {
    const given = { PARLEY_ADMIN_TOKEN: 'short-secret', METRICS_TOKEN: 'tiny', DATABASE_URL: 'mysql://parley:hunter2-password@db/parley', PARLEY_TOKEN: '' };
    const message = (() => {
      try {
        loadConfig(given);
        return '';
      } catch (error) {
        return error instanceof ConfigError ? error.message : String(error);
      }
    })();
    expect(message).toContain('PARLEY_ADMIN_TOKEN (value not shown): expected a secret of at least 24 characters');
    expect(message).toContain('METRICS_TOKEN (value not shown): expected a secret of at least 16 characters');
    expect(message).toContain('DATABASE_URL (value not shown): expected a postgres:// or postgresql:// URL');
    for (const value of ['short-secret', 'tiny', 'hunter2-password']) expect(message).not.toContain(value);
  });

  it('reads booleans as words', () => {
    expect(loadConfig({ GRAPHQL_INTROSPECTION: 'false' }).GRAPHQL_INTROSPECTION).toBe(false);
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: 'maybe' })).toThrow(/GRAPHQL_INTROSPECTION="maybe": expected true or false/);
  });

  it('refuses ports outside 0-65535', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT="70000"/);
  });

  it('bounds every limit and keeps the WebSocket frame cap at or below the HTTP body cap', () => {
    expect(loadConfig({}).WS_MAX_PAYLOAD_BYTES).toBe(1_000_000);
    expect(() => loadConfig({ WS_MAX_PAYLOAD_BYTES: '104857600' })).toThrow(/WS_MAX_PAYLOAD_BYTES="104857600": expected a whole number from 1024 to 1000000/);
    expect(() => loadConfig({ STATEMENT_TIMEOUT_MS: '0' })).toThrow(/STATEMENT_TIMEOUT_MS/);
  });

  it('reads allow-lists as comma-separated values', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example,' }).CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
    expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
  });

  it('documents every source setting in the README with the default it has', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const documented = new Map([...readme.matchAll(/^\| `(SOURCES_\w+)` \| `([^`]*)` \|/gm)].map((m) => [m[1], m[2]]));
    const settings = Object.entries(loadConfig({})).filter(([name]) => name.startsWith('SOURCES_'));
    expect(settings.length).toBeGreaterThan(10);
    expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(settings.map(([name, value]) => [name, String(value)])));
    expect(loadConfig({}).SOURCES_POLL).toBe(true);
    expect(loadConfig({}).SOURCES_ALLOW_PRIVATE).toBe(false);
  });
});
