// The web app's handler over real HTTP (raw paths, so `../` and `%2f` reach it unnormalised) with a dist dir made
// here: routes, caching, security headers and the live /shop/config.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONFIG_PATH, createWebHandler, type WebConnection } from './index.ts';

const FALLTHROUGH = 418; // what the test server answers when the handler returns false
const INDEX = '<!doctype html><title>Shop</title><script type="module" src="/shop/assets/index-Ab12.js"></script>';
const SCRIPT = 'console.log("the app");';
const STYLE = 'body { margin: 0 }';
const SECRET = 'SECRET-OUTSIDE-ASSETS';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
}

const connection = (graphqlUrl: string, currency = 'USD'): WebConnection => ({
  graphqlUrl,
  realtimeUrl: graphqlUrl.replace('http', 'ws') + '/realtime',
  region: 'us-east-1',
  apiKey: 'da2-web-test',
  userPoolId: 'local_pool',
  userPoolClientId: 'client-id',
  cognitoEndpoint: 'http://127.0.0.1:9229',
  currency,
});

let root: string;
let server: Server;
let port = 0;
let live: WebConnection | undefined;

/** Sends `path` byte for byte (fetch() would resolve `..` segments before sending). */
function raw(path: string, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'web-handler-'));
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'assets', 'nested'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'assets', 'index-Ab12.js'), SCRIPT);
  writeFileSync(join(dist, 'assets', 'index-Cd34.css'), STYLE);
  writeFileSync(join(dist, 'assets', 'logo-Ef56.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dist, 'assets', 'nested', 'deep.js'), SECRET);
  // Files a traversal would aim at: beside dist, in dist but outside assets, and a package.json above.
  writeFileSync(join(root, 'secret.txt'), SECRET);
  writeFileSync(join(root, 'package.json'), `{"name":"${SECRET}"}`);
  writeFileSync(join(dist, 'secret.txt'), SECRET);
  const handler = createWebHandler({ distDir: dist, connection: () => live });
  server = createServer((req, res) => {
    if (handler(req, res)) return;
    res.writeHead(FALLTHROUGH, { 'content-type': 'text/plain' });
    res.end('not the web app');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(root, { recursive: true, force: true });
});

beforeEach(() => {
  live = connection('http://127.0.0.1:4000/graphql');
});

describe('the app page', () => {
  it('is index.html at /shop/ and /admin/ and at every client-side route below them (SPA fallback)', async () => {
    for (const path of ['/shop/', '/shop', '/shop/x/y', '/shop/product/01H?tab=1', '/admin/', '/admin/orders']) {
      const res = await raw(path);
      expect([path, res.status, res.text]).toEqual([path, 200, INDEX]);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    }
  });

  it('is revalidated on every load (no-cache), so a new build is picked up at once', async () => {
    expect((await raw('/shop/')).headers['cache-control']).toBe('no-cache');
  });

  it('carries a CSP that allows only this origin for scripts and styles, and nosniff', async () => {
    const { headers } = await raw('/admin/orders');
    const csp = String(headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('assets', () => {
  it('are served by exact name with their content type and a year-long immutable cache', async () => {
    const cases: Array<[string, string, string]> = [
      ['/shop/assets/index-Ab12.js', 'text/javascript; charset=utf-8', SCRIPT],
      ['/shop/assets/index-Cd34.css', 'text/css; charset=utf-8', STYLE],
      ['/shop/assets/logo-Ef56.svg?v=1', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"/>'],
    ];
    for (const [path, type, body] of cases) {
      const res = await raw(path);
      expect([path, res.status, res.headers['content-type'], res.text]).toEqual([path, 200, type, body]);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('are 404 when the name is unknown, not the page (a missing script must not turn into HTML)', async () => {
    for (const path of ['/shop/assets/index-OLD.js', '/shop/assets/', '/shop/assets/INDEX-AB12.JS']) {
      const res = await raw(path);
      expect([path, res.status]).toEqual([path, 404]);
      expect(res.text).not.toContain('<!doctype html>');
    }
  });

  it('never include what lies in a folder under assets', async () => {
    for (const path of ['/shop/assets/nested/deep.js', '/shop/assets/nested', '/shop/assets/nested%2fdeep.js']) {
      const res = await raw(path);
      expect([path, res.status]).toEqual([path, 404]);
      expect(res.text).not.toContain(SECRET);
    }
  });
});

describe('path traversal', () => {
  const attempts = [
    '/shop/assets/..%2f..%2fpackage.json',
    '/shop/assets/..%2F..%2Fsecret.txt',
    '/shop/assets/../secret.txt',
    '/shop/assets/../../package.json',
    '/shop/assets/%2e%2e/%2e%2e/package.json',
    '/shop/assets/%2e%2e%2fsecret.txt',
    '/shop/assets/..%5c..%5csecret.txt',
    '/shop/assets/..\\..\\secret.txt',
    '/shop/assets/%252e%252e%252fsecret.txt',
    '/shop/assets//etc/passwd',
    '/shop/../secret.txt',
    '/shop/../../package.json',
    '/admin/../../package.json',
    '/shop/secret.txt',
    '/shop/%2e%2e/package.json',
  ];

  it('never serves a file outside dist/web/assets: an unknown asset or the app page, nothing else', async () => {
    for (const path of attempts) {
      const res = await raw(path);
      expect(res.text, path).not.toContain(SECRET);
      if (path.startsWith('/shop/assets/')) expect([path, res.status]).toEqual([path, 404]);
      else if (res.status !== FALLTHROUGH) expect([path, res.status, res.text]).toEqual([path, 200, INDEX]);
    }
  });
});

describe('methods', () => {
  it('refuses anything but GET and HEAD with 405 and Allow', async () => {
    for (const [method, path] of [
      ['POST', '/shop/'],
      ['PUT', CONFIG_PATH],
      ['DELETE', '/shop/assets/index-Ab12.js'],
      ['POST', '/admin/orders'],
    ] as const) {
      const res = await raw(path, method);
      expect([method, path, res.status, res.headers.allow]).toEqual([method, path, 405, 'GET, HEAD']);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    for (const path of ['/shop/', '/shop/assets/index-Ab12.js', CONFIG_PATH, '/shop/assets/missing.js']) {
      const [get, head] = [await raw(path), await raw(path, 'HEAD')];
      expect([path, head.status, head.body.length]).toEqual([path, get.status, 0]);
      expect(head.headers['content-length']).toBe(String(get.body.length));
      expect(head.headers['content-type']).toBe(get.headers['content-type']);
      expect(head.headers['cache-control']).toBe(get.headers['cache-control']);
    }
  });
});

describe('/shop/config.json', () => {
  it('is the live connection, read again on every request and never cached', async () => {
    const first = await raw(CONFIG_PATH);
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(first.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(first.text)).toEqual(connection('http://127.0.0.1:4000/graphql'));
    live = connection('http://127.0.0.1:4123/graphql', 'JPY');
    const second = await raw(`${CONFIG_PATH}?after=restart`);
    expect(JSON.parse(second.text)).toEqual(connection('http://127.0.0.1:4123/graphql', 'JPY'));
  });

  it('carries only the connection, even when handed all of outputs.local.json (IAM keys, passwords)', async () => {
    const outputs = {
      ...connection('http://127.0.0.1:4000/graphql'),
      iam: { accessKeyId: 'AKIALOCALKEY', secretAccessKey: 'local-secret-access-key' },
      users: [{ email: 'admin@example.com', password: 'Admin-password-1', groups: ['admin'] }],
      bucket: 'images',
      s3Endpoint: 'http://127.0.0.1:4569',
    };
    live = outputs;
    const { text } = await raw(CONFIG_PATH);
    expect(JSON.parse(text)).toEqual(connection('http://127.0.0.1:4000/graphql'));
    for (const secret of ['AKIALOCALKEY', 'local-secret-access-key', 'Admin-password-1', 'iam', 'password', 'users']) {
      expect(text).not.toContain(secret);
    }
  });

  it('is 503, not cacheable, while the API has no connection yet, and the connection once it has', async () => {
    live = undefined;
    const starting = await raw(CONFIG_PATH);
    expect(starting.status).toBe(503);
    expect(starting.headers['cache-control']).toBe('no-store');
    expect(starting.headers['retry-after']).toBe('1');
    expect(JSON.parse(starting.text)).toEqual({ message: 'the API is still starting' });
    live = connection('http://127.0.0.1:4000/graphql');
    expect((await raw(CONFIG_PATH)).status).toBe(200);
  });
});

describe('outside /shop and /admin', () => {
  it('answers nothing (returns false), so the API server handles or 404s the path', async () => {
    for (const path of ['/', '/graphql', '/shopping', '/admins', '/shop.json', '/config.json', '/%73hop/', '//shop/']) {
      const res = await raw(path);
      expect([path, res.status, res.text]).toEqual([path, FALLTHROUGH, 'not the web app']);
    }
  });
});

describe('createWebHandler', () => {
  it('refuses to start without a build, and says how to make one', () => {
    const empty = mkdtempSync(join(tmpdir(), 'web-handler-empty-'));
    try {
      expect(() => createWebHandler({ distDir: empty, connection: () => live })).toThrow('run npm run build:web');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
