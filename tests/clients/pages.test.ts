import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startTestServer, type TestServer } from '../support/server.js';

let database: TestDatabase;
let server: TestServer;
let origin: string;
const disposals: (() => Promise<void>)[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  origin = new URL(server.url).origin;
  disposals.push(() => server.stop(), () => database.dispose());
});

afterAll(async () => {
  for (const dispose of disposals.splice(0)) await dispose();
});

const html = { accept: 'text/html' };

/** Every absolute URL a page's markup would make a browser fetch. */
const externalReferences = (page: string) => [...page.matchAll(/(?:src|href)\s*=\s*["'](https?:)?\/\/[^"']*/gi)].map((m) => m[0]);

describe('GraphiQL', () => {
  it('is served by Parley with its scripts and styles inlined: nothing to fetch from elsewhere', async () => {
    const response = await fetch(server.url, { headers: html });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const page = await response.text();
    expect(page).toContain('LatestStatements');
    expect(page).not.toMatch(/unpkg\.com|jsdelivr|cdnjs/);
    expect(externalReferences(page)).toEqual([]);
  });

  it('can be switched off (GRAPHIQL=false, the default in production)', async () => {
    const off = await startTestServer(database, { settings: { GRAPHIQL: false } });
    disposals.unshift(() => off.stop());
    const response = await fetch(off.url, { headers: html });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(String(response.headers.get('content-type'))).not.toMatch(/text\/html/);
    expect(await response.text()).not.toMatch(/<html/i);
  });
});

describe('the live page', () => {
  it('is served at / with a same-origin content security policy', async () => {
    const response = await fetch(`${origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const policy = response.headers.get('content-security-policy') ?? '';
    for (const directive of ["default-src 'none'", "script-src 'self'", "connect-src 'self'", "style-src 'self'"]) expect(policy).toContain(directive);
    const page = await response.text();
    expect(page).toContain('<script type="module" src="/app.js">');
    expect(externalReferences(page)).toEqual([]);
  });

  it('serves its script and styles beside it, answers HEAD, and leaves other paths and methods to GraphQL', async () => {
    const script = await fetch(`${origin}/app.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toContain('statementAdded');
    expect((await fetch(`${origin}/style.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
    const head = await fetch(`${origin}/`, { method: 'HEAD' });
    expect([head.status, await head.text()]).toEqual([200, '']);
    expect((await fetch(`${origin}/nothing-here.js`)).status).toBe(404);
    expect((await fetch(`${origin}/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(404);
  });
});
