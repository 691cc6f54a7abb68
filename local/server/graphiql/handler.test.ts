// The handler over real HTTP (raw paths, so `../` reaches it unnormalised), without a browser.
import { readFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { runInNewContext } from 'node:vm';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildAppSyncSchema } from '../../../schema/load-schema.ts';
import {
  ASSET_PREFIX,
  createGraphiqlHandler,
  DEFAULT_QUERY,
  jsonForScript,
  PAGE_TITLE,
  type PageConfig,
} from './index.ts';

const require = createRequire(import.meta.url);
const FALLTHROUGH = 418; // what the test server answers when the handler returns false

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
}

let server: Server;
let port = 0;
let apiKey: string | undefined = 'da2-unit-test-key';
let outputsCalls = 0;

/** Sends `path` byte for byte (fetch() would resolve `..` segments before sending). */
function raw(path: string, init: { method?: string; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const handler = createGraphiqlHandler({
    graphqlPath: '/graphql',
    outputs: () => {
      outputsCalls += 1;
      return { apiKey };
    },
  });
  server = createServer((req, res) => {
    if (handler(req, res)) return;
    res.writeHead(FALLTHROUGH, { 'content-type': 'text/plain' });
    res.end('not GraphiQL');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/**
 * The inline bootstrap script's text and nonce, found the way an HTML parser ends a script: at the first
 * `</script`.
 */
function inlineScript(html: string): { nonce: string; source: string } {
  const open = /<script nonce="([^"]+)">/.exec(html);
  if (!open) throw new Error('no inline script');
  const start = open.index + open[0].length;
  const end = html.toLowerCase().indexOf('</script', start);
  return { nonce: open[1]!, source: html.slice(start, end) };
}

/** Runs the inline script the way the browser would, and returns what it put in window.__SHOP__. */
function shopConfig(html: string): PageConfig {
  const window: { __SHOP__?: PageConfig } = {};
  runInNewContext(inlineScript(html).source, { window });
  if (!window.__SHOP__) throw new Error('the inline script did not set window.__SHOP__');
  return window.__SHOP__;
}

function cspDirectives(header: string | string[] | undefined): Map<string, string[]> {
  expect(typeof header).toBe('string');
  return new Map(
    (header as string)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('GET /', () => {
  test('serves the page with its title, local assets only and the security headers', async () => {
    const res = await raw('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.text).toContain(`<title>${PAGE_TITLE}</title>`);
    expect(res.text).not.toMatch(/(src|href)="(https?:)?\/\//); // no CDN, no other host

    const scripts = [...res.text.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.map((s) => s.replace(/\?v=.*$/, ''))).toEqual([
      '/graphiql/assets/react.production.min.js',
      '/graphiql/assets/react-dom.production.min.js',
      '/graphiql/assets/graphiql.min.js',
      '/graphiql/assets/shop-graphiql.js',
    ]);
    const styles = [...res.text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    expect(styles.map((s) => s.replace(/\?v=.*$/, ''))).toEqual([
      '/graphiql/assets/graphiql.min.css',
      '/graphiql/assets/shop-graphiql.css',
    ]);
    // Every URL the page names is served, with the long cache header under the page's ?v=.
    const all = [...res.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
    // The two app links go to the storefront and admin, which another handler serves.
    expect(all.filter((link) => !link.startsWith(ASSET_PREFIX))).toEqual(['/shop/', '/admin/']);
    const links = all.filter((link) => link.startsWith(ASSET_PREFIX));
    expect(links).toHaveLength(7);
    for (const link of links) {
      const asset = await raw(link);
      expect(asset.status, link).toBe(200);
      expect(asset.headers['cache-control'], link).toBe('public, max-age=31536000, immutable');
    }
  });

  test('CSP: only this origin plus the one inline script, by a nonce that changes on every response', async () => {
    const first = await raw('/');
    const second = await raw('/');
    const csp = cspDirectives(first.headers['content-security-policy']);
    const { nonce } = inlineScript(first.text);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/); // 128 bits
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(csp.get('style-src')?.[0]).toBe("'self'");
    expect(csp.get('style-src')?.slice(1)).toEqual([expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/)]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(first.headers['content-security-policy']).not.toMatch(/unsafe|https?:|\*/);

    expect(inlineScript(second.text).nonce).not.toBe(nonce);
    expect(second.headers['content-security-policy']).toContain(`'nonce-${inlineScript(second.text).nonce}'`);
    // Exactly one inline script; every other script is external.
    expect(
      [...first.text.matchAll(/<script\b[^>]*>/g)].filter((m) => !m[0].includes(' src=')).map((m) => m[0]),
    ).toEqual([`<script nonce="${nonce}">`]);
  });

  test('injects the current API key as the default x-api-key header, read on every request', async () => {
    outputsCalls = 0;
    apiKey = 'da2-first';
    expect(shopConfig((await raw('/')).text)).toEqual({
      apiKey: 'da2-first',
      graphqlPath: '/graphql',
      defaultQuery: DEFAULT_QUERY,
      defaultHeaders: '{\n  "x-api-key": "da2-first"\n}',
    });
    apiKey = 'da2-rotated';
    const config = shopConfig((await raw('/?x=1')).text);
    expect(JSON.parse(config.defaultHeaders)).toEqual({ 'x-api-key': 'da2-rotated' });
    expect(outputsCalls).toBe(2);

    apiKey = undefined;
    expect(shopConfig((await raw('/')).text)).toMatchObject({ apiKey: null, defaultHeaders: '{}' });
    apiKey = 'da2-unit-test-key';
  });

  test('an API key containing </script> cannot break out of the inline script', async () => {
    const hostile = '</script><script>window.pwned=1</script><!--<script>\u2028\u2029&amp;"\'`${1}';
    apiKey = hostile;
    try {
      const { text } = await raw('/');
      const { source } = inlineScript(text);
      expect(source).not.toMatch(/[<>]/);
      expect(source).not.toMatch(/[\u2028\u2029]/);
      // The script ends where it should, and still carries the key exactly.
      const config = shopConfig(text);
      expect(config.apiKey).toBe(hostile);
      expect(JSON.parse(config.defaultHeaders)).toEqual({ 'x-api-key': hostile });
      expect(text).not.toContain('<script>window.pwned');
      expect([...text.matchAll(/<script\b/g)]).toHaveLength(5);
    } finally {
      apiKey = 'da2-unit-test-key';
    }
  });

  test('jsonForScript escapes <, >, & and the JS line separators, and round-trips', () => {
    const value = { a: '</script><!-- & -->', b: '\u2028\u2029', c: 'plain' };
    const json = jsonForScript(value);
    expect(json).toBe('{"a":"\\u003c/script\\u003e\\u003c!-- \\u0026 --\\u003e","b":"\\u2028\\u2029","c":"plain"}');
    expect(JSON.parse(json)).toEqual(value);
  });

  test('HEAD answers the headers without a body; other methods get 405', async () => {
    const head = await raw('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(500);
    const post = await raw('/', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    expect(post.headers['x-content-type-options']).toBe('nosniff');
  });

  test('the default query is valid against the real schema', () => {
    expect(validate(buildAppSyncSchema(), parse(DEFAULT_QUERY)).map((e) => e.message)).toEqual([]);
    expect(DEFAULT_QUERY).toMatch(/categories\s*\{\s*id\s+name\s*\}/);
    expect(DEFAULT_QUERY).toMatch(
      /listProducts\(limit: 5\)\s*\{\s*items\s*\{\s*id\s+name\s+priceFrom\s*\{\s*amount\s+currency\s*\}\s*\}\s*\}/,
    );
  });
});

describe('/graphiql/assets/', () => {
  const packageFile = (specifier: string): Buffer => readFileSync(require.resolve(specifier));
  const umd = (pkg: string, file: string): Buffer =>
    readFileSync(require.resolve(`${pkg}/package.json`).replace(/package\.json$/, `umd/${file}`));

  test.each([
    ['react.production.min.js', 'text/javascript; charset=utf-8', () => umd('react', 'react.production.min.js')],
    [
      'react-dom.production.min.js',
      'text/javascript; charset=utf-8',
      () => umd('react-dom', 'react-dom.production.min.js'),
    ],
    ['graphiql.min.js', 'text/javascript; charset=utf-8', () => packageFile('graphiql/graphiql.min.js')],
    ['graphiql.min.css', 'text/css; charset=utf-8', () => packageFile('graphiql/graphiql.min.css')],
    ['graphiql.min.js.map', 'application/json; charset=utf-8', () => packageFile('graphiql/graphiql.min.js.map')],
    [
      'shop-graphiql.js',
      'text/javascript; charset=utf-8',
      () => readFileSync(new URL('./static/shop-graphiql.js', import.meta.url)),
    ],
    [
      'shop-graphiql.css',
      'text/css; charset=utf-8',
      () => readFileSync(new URL('./static/shop-graphiql.css', import.meta.url)),
    ],
    ['favicon.svg', 'image/svg+xml', () => readFileSync(new URL('./static/favicon.svg', import.meta.url))],
  ])('%s is served as %s, byte for byte', async (name, contentType, expected) => {
    const res = await raw(`/graphiql/assets/${name}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(contentType);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.equals(expected())).toBe(true);
  });

  test('long cache only under the current ?v=; ETag revalidation answers 304', async () => {
    const page = await raw('/');
    const url = /src="(\/graphiql\/assets\/graphiql\.min\.js\?v=[^"]+)"/.exec(page.text)![1]!;
    const current = await raw(url);
    expect(current.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const etag = current.headers.etag!;
    expect(etag).toBe(`"${url.split('?v=')[1]}"`);
    expect((await raw('/graphiql/assets/graphiql.min.js')).headers['cache-control']).toBe('no-cache');
    expect((await raw('/graphiql/assets/graphiql.min.js?v=stale')).headers['cache-control']).toBe('no-cache');

    const revalidated = await raw('/graphiql/assets/graphiql.min.js', {
      headers: { 'if-none-match': `W/"other", ${etag}` },
    });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect((await raw('/graphiql/assets/graphiql.min.js', { headers: { 'if-none-match': '"other"' } })).status).toBe(
      200,
    );
  });

  test.each([
    '/graphiql/assets/../../package.json',
    '/graphiql/assets/../../../../../../etc/passwd',
    '/graphiql/assets/..%2f..%2fpackage.json',
    '/graphiql/assets/%2e%2e%2f%2e%2e%2fpackage.json',
    '/graphiql/assets/%2E%2E/%2E%2E/package.json',
    '/graphiql/assets/..\\..\\package.json',
    '/graphiql/assets/..%5c..%5cpackage.json',
    '/graphiql/assets/%2fetc%2fpasswd',
    '/graphiql/assets//etc/passwd',
    '/graphiql/assets/./graphiql.min.js',
    '/graphiql/assets/graphiql.min.js/',
    '/graphiql/assets/graphiql.min.js%00.css',
    '/graphiql/assets/GRAPHIQL.MIN.JS',
    '/graphiql/assets/graphiql.js',
    '/graphiql/assets/package.json',
    '/graphiql/assets/constructor',
    '/graphiql/assets/__proto__',
    '/graphiql/assets/%E0%A4%A',
    '/graphiql/assets/',
  ])('404 for %s', async (path) => {
    const res = await raw(path);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.text).toBe('Not found\n');
  });

  test('405 for other methods', async () => {
    const res = await raw('/graphiql/assets/graphiql.min.js', { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });
});

describe('everything else', () => {
  test.each([
    '/graphql',
    '/graphql/realtime',
    '/index.html',
    '/graphiql',
    '/graphiql/',
    '/graphiql/other',
    '//',
    '/favicon.ico',
  ])('%s is left to the rest of the server', async (path) => {
    expect((await raw(path)).status).toBe(FALLTHROUGH);
  });

  test('POST /graphql is not touched', async () => {
    expect((await raw('/graphql', { method: 'POST' })).status).toBe(FALLTHROUGH);
  });

  test('graphqlPath must be a path on this server', () => {
    expect(() => createGraphiqlHandler({ graphqlPath: 'graphql' })).toThrow(/graphqlPath/);
    expect(() => createGraphiqlHandler({ graphqlPath: 'https://example.com/graphql' })).toThrow(/graphqlPath/);
    expect(() => createGraphiqlHandler({ graphqlPath: '//example.com/graphql' })).toThrow(/graphqlPath/);
    expect(() => createGraphiqlHandler({ graphqlPath: '/graphql' })).not.toThrow();
  });
});
