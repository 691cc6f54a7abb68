// Serves the mobile app's web target (dist/mobile, an `expo export --platform web` with baseUrl /mobile) at
// /mobile/, with SPA fallback to index.html and its connection at /mobile/config.json (the storefront's).
// The build may still be running in the background when the API is up: until it lands, /mobile/ says so.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { WebConnection } from './connection.ts';
import { CONTENT_TYPES, send, sendConnection, type WebHandler } from './handler.ts';

export const MOBILE_CONFIG_PATH = '/mobile/config.json';
const PREFIX = '/mobile/';

export interface MobileHandlerOptions {
  /** dist/mobile */
  distDir: string;
  connection: () => WebConnection | undefined;
  /** why there is no build yet ("being built", or the build's error); read while dist/mobile has none */
  pending: () => string;
}

/**
 * react-native-web writes styles at run time (style elements and attributes) and Expo's index.html has its
 * reset inline, so styles may be inline here; scripts stay 'self' only.
 * https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy/style-src
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: http://127.0.0.1:* https://127.0.0.1:*",
  "connect-src 'self' http://127.0.0.1:* https://127.0.0.1:* ws://127.0.0.1:* wss://127.0.0.1:*",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

interface Build {
  builtMs: number;
  index: Buffer;
  /** every file of the build but index.html, by its path under /mobile/: a request can name nothing else */
  files: Map<string, Buffer>;
}

function readTree(dir: string, prefix: string, files: Map<string, Buffer>): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) readTree(path, `${prefix}${entry.name}/`, files);
    else if (entry.isFile()) files.set(`${prefix}${entry.name}`, readFileSync(path));
  }
}

/** The build as it is on disk now, re-read when index.html changes (a stale build was replaced). */
function loader(distDir: string): () => Build | undefined {
  const indexFile = join(distDir, 'index.html');
  let build: Build | undefined;
  return () => {
    if (!existsSync(indexFile)) return undefined;
    const builtMs = statSync(indexFile).mtimeMs;
    if (build?.builtMs !== builtMs) {
      const files = new Map<string, Buffer>();
      readTree(distDir, '', files);
      files.delete('index.html');
      build = { builtMs, index: readFileSync(indexFile), files };
    }
    return build;
  };
}

function isMobilePath(path: string): boolean {
  return path === '/mobile' || path.startsWith(PREFIX);
}

export function createMobileHandler(options: MobileHandlerOptions): WebHandler {
  const current = loader(options.distDir);
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (!isMobilePath(path)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(req, res, 405, Buffer.from('Method not allowed\n'), { 'content-type': 'text/plain', allow: 'GET, HEAD' });
      return true;
    }
    if (path === MOBILE_CONFIG_PATH) {
      sendConnection(req, res, options.connection());
      return true;
    }
    const build = current();
    if (!build) {
      send(req, res, 503, Buffer.from(`The mobile app ${options.pending()}\n`), {
        'content-type': 'text/plain; charset=utf-8',
        'cache-control': 'no-store',
        'retry-after': '10',
      });
      return true;
    }
    const file = build.files.get(path.slice(PREFIX.length));
    if (file) {
      // Expo puts a content hash in every bundle's name; other files (favicon, metadata) are revalidated.
      const hashed = path.startsWith(`${PREFIX}_expo/static/`);
      send(req, res, 200, file, {
        'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      return true;
    }
    if (path.startsWith(`${PREFIX}_expo/`)) {
      send(req, res, 404, Buffer.from('Not found\n'), { 'content-type': 'text/plain; charset=utf-8' });
      return true;
    }
    // Every other path under /mobile/ is one of the app's screens (its navigation reads the URL).
    send(req, res, 200, build.index, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      'content-security-policy': CSP,
    });
    return true;
  };
}
