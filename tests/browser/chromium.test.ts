import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/server/app.js';
import { createLogger } from '../../src/logger.js';
import { ingestArticle } from '../../src/services/articles.js';
import { seedDatabase } from '../../src/services/seed.js';
import { chromiumInstalled, launchChromium, type TestBrowser } from '../support/browser.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { articleOf, until } from '../support/live.js';

/**
 * GraphiQL and the live page in Debian's Chromium, with every request beyond 127.0.0.1 refused:
 * both must work with the network cut. The server is built here (not by the shared fixture) so
 * the last test can stop it and start it again on the same port.
 */
describe.skipIf(!chromiumInstalled())('in Chromium, with the network cut at 127.0.0.1', () => {
  let database: TestDatabase;
  let browser: TestBrowser;
  let app: App | undefined;
  let port = 0;
  const pages: Page[] = [];

  async function startApp() {
    app = buildApp({ database, logger: createLogger('silent') });
    ({ port } = await app.start(port, '127.0.0.1'));
  }

  const origin = () => `http://127.0.0.1:${port}`;
  const subscribers = () => app?.events.subscriberCount ?? 0;
  /** Ingests one article of attributed quotes, as the mutation would (extraction, one transaction, NOTIFY). */
  const ingest = (title: string, quotes: string[]) => ingestArticle(database.db, articleOf(title, quotes));

  let opened = 0;
  /** A newest statement of the test's own, so no other test's ingests (in any order) push it off the first page. */
  async function newestStatement(): Promise<string> {
    const text = `The newest statement before page ${++opened} opens.`;
    await ingest(`Before page ${opened}`, [text]);
    return text;
  }

  /** `freshStorage`: GraphiQL restores the tabs an earlier test left in this browser context; start from none. */
  async function open(path: string, { freshStorage = false } = {}) {
    const page = await browser.context.newPage();
    pages.push(page);
    if (freshStorage) await page.addInitScript(() => localStorage.clear());
    await page.goto(`${origin()}${path}`);
    return page;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db);
    await startApp();
    browser = await launchChromium('browser-tests');
  });

  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.close()));
    await until(() => subscribers() === 0, 20_000);
    expect(browser.attempted).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await database?.dispose();
  });

  describe('GraphiQL, offline', () => {
    it('opens with the default query, runs it and shows statements', async () => {
      const newest = await newestStatement();
      const page = await open('/graphql', { freshStorage: true });
      await page.locator('.graphiql-query-editor').getByText('LatestStatements').waitFor();
      await page.locator('.graphiql-execute-button').click();
      const response = page.locator('.graphiql-response');
      await response.getByText(newest).waitFor();
      expect(await response.innerText()).toContain('"totalCount"');
      await browser.screenshot(page, 'graphiql-default-query');
    }, 120_000);

    it('shows a statement ingested while a subscription it started is running', async () => {
      const subscription = 'subscription { statementAdded { cursor node { text speaker { name } } } }';
      const page = await open(`/graphql?query=${encodeURIComponent(subscription)}`);
      await page.locator('.graphiql-execute-button').click();
      await until(() => subscribers() > 0, 30_000);
      await ingest('Seen in GraphiQL', ['Seen live in GraphiQL.']);
      await page.locator('.graphiql-response').getByText('Seen live in GraphiQL.').waitFor();
      await browser.screenshot(page, 'graphiql-subscription');
    }, 120_000);
  });

  describe('the live page at /', () => {
    const card = (page: Page, text: string) => page.locator('.card', { hasText: text });

    it('filters by speaker, and shows a stakeholder timeline and a topic bar chart', async () => {
      const newest = await newestStatement();
      const page = await open('/');
      await card(page, newest).waitFor();
      await page.locator('#speaker option[value="vladimir-putin"]').waitFor({ state: 'attached' });
      await page.locator('#speaker').selectOption('vladimir-putin');
      await page.waitForURL(/speaker=vladimir-putin/);
      await until(async () => (await page.locator('.card .speaker').allInnerTexts()).every((name) => name.startsWith('Vladimir Putin')), 30_000);
      await page.goto(`${origin()}/#/stakeholder/vladimir-putin`);
      await page.locator('svg.timeline .row').first().waitFor();
      await browser.screenshot(page, 'live-page-stakeholder');
      await page.goto(`${origin()}/#/topic/peace-talks`);
      await page.locator('svg.bars .bar').first().waitFor();
      await browser.screenshot(page, 'live-page-topic');
    }, 120_000);

    it('shows a newly ingested statement without reloading, and resumes from its cursor after the server restarts', async () => {
      const newest = await newestStatement();
      const page = await open('/');
      await card(page, newest).waitFor();
      await page.locator('#status.live').waitFor();
      await until(() => subscribers() > 0, 30_000);
      await page.evaluate(() => Object.assign(window, { notReloaded: true }));

      await ingest('Live one', ['Arrived without a reload.']);
      await card(page, 'Arrived without a reload.').waitFor();
      await browser.screenshot(page, 'live-page');

      await app?.stop();
      await page.locator('#status.reconnecting').waitFor();
      // Committed while the server is down: only a resume from the last cursor brings it.
      await ingest('While down', ['Committed while the server was down.']);
      await startApp();
      await card(page, 'Committed while the server was down.').waitFor({ timeout: 60_000 });
      await page.locator('#status.live').waitFor();
      await until(() => subscribers() > 0, 30_000);
      await ingest('After the restart', ['Live again after the restart.']);
      await card(page, 'Live again after the restart.').waitFor();

      for (const text of ['Arrived without a reload.', 'Committed while the server was down.', 'Live again after the restart.']) {
        expect(await card(page, text).count()).toBe(1);
      }
      expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true);
      await browser.screenshot(page, 'live-page-after-restart');
    }, 180_000);
  });
});
