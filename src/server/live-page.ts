import { readdirSync, readFileSync } from 'node:fs';
import type { Plugin } from 'graphql-yoga';

/** The built live page (`web/dist/`, committed; `npm run build:web` remakes it). */
const distDir = new URL('../../web/dist/', import.meta.url);

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Scripts, styles and connections from this origin only (graphql-ws included: CSP's 'self'
 * covers ws: and wss: to the same host). The page sets no inline script or style.
 */
const contentSecurityPolicy =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

interface Asset {
  body: string;
  type: string;
}

/** The page's files by URL path, read once: `/` is index.html. */
function loadAssets(): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const name of readdirSync(distDir)) {
    const type = contentTypes[name.slice(name.lastIndexOf('.'))];
    if (type) assets.set(name === 'index.html' ? '/' : `/${name}`, { body: readFileSync(new URL(name, distDir), 'utf8'), type });
  }
  return assets;
}

/** Serves the live page at `/` and its assets beside it; every other path goes on to yoga. */
export function useLivePage(): Plugin {
  const assets = loadAssets();
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const asset = assets.get(url.pathname);
      if (!asset) return;
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : asset.body, {
          headers: {
            'content-type': asset.type,
            'cache-control': 'no-cache',
            'content-security-policy': contentSecurityPolicy,
            'x-content-type-options': 'nosniff',
            'referrer-policy': 'no-referrer',
          },
        }),
      );
    },
  };
}
