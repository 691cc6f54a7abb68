// Serves the built storefront and admin (dist/web) at /shop/ and /admin/, with SPA fallback to index.html
// and the app's connection at /shop/config.json made from the live outputs.local.json and the API's currency.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { WEB_CONNECTION_FIELDS, type WebConnection } from './connection.ts';

export interface WebHandlerOptions {
  /** dist/web */
  distDir: string;
  /** read on every config request */
  connection: () => WebConnection | undefined;
}

export type WebHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

export const CONFIG_PATH = '/shop/config.json';
const ASSETS_PREFIX = '/shop/assets/';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/**
 * Scripts and styles only from this origin; API, Cognito, S3 and images on this machine (any local port).
 * https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: http://127.0.0.1:* https://127.0.0.1:*",
  "connect-src 'self' http://127.0.0.1:* https://127.0.0.1:* ws://127.0.0.1:* wss://127.0.0.1:*",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

function isAppPath(path: string): boolean {
  return path === '/shop' || path === '/admin' || path.startsWith('/shop/') || path.startsWith('/admin/');
}

export function createWebHandler(options: WebHandlerOptions): WebHandler {
  const { distDir, connection } = options;
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) throw new Error(`${indexFile} is missing: run npm run build:web`);
  const index = readFileSync(indexFile);
  // Exact names from the build only: a request can never name a file outside dist/web/assets.
  const assetsDir = join(distDir, 'assets');
  const assets = new Map<string, Buffer>();
  for (const entry of existsSync(assetsDir) ? readdirSync(assetsDir, { withFileTypes: true }) : []) {
    // A folder there (none in a Vite build) is nothing to serve, and reading it would fail the whole start.
    if (entry.isFile()) assets.set(entry.name, readFileSync(join(assetsDir, entry.name)));
  }

  return (req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (!isAppPath(path)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(req, res, 405, Buffer.from('Method not allowed\n'), { 'content-type': 'text/plain', allow: 'GET, HEAD' });
      return true;
    }
    if (path === CONFIG_PATH) {
      sendConnection(req, res, connection());
      return true;
    }
    if (path.startsWith(ASSETS_PREFIX)) {
      const name = path.slice(ASSETS_PREFIX.length);
      const body = assets.get(name);
      if (!body) {
        send(req, res, 404, Buffer.from('Not found\n'), { 'content-type': 'text/plain; charset=utf-8' });
        return true;
      }
      send(req, res, 200, body, {
        'content-type': CONTENT_TYPES[extname(name)] ?? 'application/octet-stream',
        // Vite puts a content hash in every asset name.
        'cache-control': 'public, max-age=31536000, immutable',
      });
      return true;
    }
    // Every other app path is a client-side route.
    send(req, res, 200, index, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      'content-security-policy': CSP,
    });
    return true;
  };
}

/** config.json: the connection's listed fields, or 503 while the API starts (shared with the mobile app's). */
export function sendConnection(req: IncomingMessage, res: ServerResponse, current: WebConnection | undefined): void {
  if (!current) {
    // Not cacheable, so the app's retry after start-up gets the real connection.
    send(req, res, 503, Buffer.from('{"message":"the API is still starting"}'), {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'retry-after': '1',
    });
    return;
  }
  // Only the listed fields, whatever object the caller hands over (a whole outputs.local.json has IAM keys).
  send(req, res, 200, Buffer.from(JSON.stringify(current, [...WEB_CONNECTION_FIELDS])), {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
}

export function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: Buffer,
  headers: Record<string, string>,
): void {
  res.statusCode = status;
  for (const [name, value] of Object.entries({ ...COMMON_HEADERS, ...headers })) res.setHeader(name, value);
  res.setHeader('content-length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}
