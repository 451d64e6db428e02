import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`; .ci/run installs it when missing). */
export const chromiumPath = '/usr/bin/chromium';

/**
 * Whether Chromium is installed. CI always has it (.ci/run installs it); elsewhere the browser
 * tests are skipped, loudly, rather than failing `npm test` on a machine without a browser.
 */
export function chromiumInstalled(): boolean {
  const installed = existsSync(chromiumPath);
  if (!installed) console.warn(`Browser tests SKIPPED: ${chromiumPath} is missing (apt-get install -y chromium).`);
  return installed;
}

/** Headless, and quiet: none of Chromium's own background traffic (updates, sync, QUIC probes). */
const flags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestBrowser {
  context: BrowserContext;
  /** Every request or socket a page tried to open beyond 127.0.0.1; each was refused. */
  attempted: string[];
  /** Saves a PNG of what the window shows in this run's screenshot folder; returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
  /** Where the screenshots of this run go (kept after the run, as CI artifacts). */
  screenshots: string;
  close(): Promise<void>;
}

const local = (url: string) => {
  const { protocol, hostname } = new URL(url);
  return hostname === '127.0.0.1' || protocol === 'data:' || protocol === 'blob:';
};

/**
 * Chromium with a fresh profile in a temporary folder, and a network cut at 127.0.0.1: every
 * other request is aborted and every other WebSocket closed, and both are recorded so a test can
 * assert none was attempted.
 */
export async function launchChromium(label: string): Promise<TestBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'parley-chromium-'));
  const screenshots = await mkdtemp(join(tmpdir(), `parley-screenshots-${label}-`));
  console.log(`Chromium screenshots (${label}): ${screenshots}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: flags,
    viewport: { width: 1280, height: 860 },
    // Pages are slow to paint on a busy 2-core machine; the tests wait on what they expect.
    timeout: 60_000,
  });
  context.setDefaultTimeout(30_000);
  const attempted: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (local(url)) return route.continue();
    attempted.push(url);
    return route.abort('blockedbyclient');
  });
  await context.routeWebSocket((url) => !local(url.href), (socket) => {
    attempted.push(socket.url());
    return socket.close();
  });
  return {
    context,
    attempted,
    screenshots,
    screenshot: async (page, name) => {
      const path = join(screenshots, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
