// The handler over real HTTP (raw paths, so `../` reaches it unnormalised), without a browser. The
// credentials endpoint's guards and the identities that need no running Cognito are here; signing
// in and the IAM signature against the real API are in credentials.test.ts (npm start).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { runInNewContext } from 'node:vm';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildAppSyncSchema } from '../../../schema/load-schema.ts';
import { createAuthenticator } from '../auth/index.ts';
import {
  ASSET_PREFIX,
  createGraphiqlHandler,
  CREDENTIALS_PATH,
  DEFAULT_QUERY,
  jsonForScript,
  PAGE_TITLE,
  type GraphiqlOutputs,
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
let outputsCalls = 0;
/** Where no Cognito listens: the port of a server that was closed again. */
let closedPort = 0;
const IAM_SECRET = `iam-secret-${randomBytes(12).toString('hex')}`;
const PASSWORDS = [`admin-pw-${randomBytes(8).toString('hex')}`, `shopper-pw-${randomBytes(8).toString('hex')}`];

function makeOutputs(): GraphiqlOutputs {
  return {
    region: 'us-east-1',
    apiKey: 'da2-unit-test-key',
    userPoolClientId: 'client-unit-test',
    cognitoEndpoint: `http://127.0.0.1:${closedPort}`,
    iam: { accessKeyId: 'AKIALOCALUNITTEST001', secretAccessKey: IAM_SECRET },
    users: [
      { email: 'admin@example.com', password: PASSWORDS[0]!, groups: ['admin'] },
      { email: 'shopper@example.com', password: PASSWORDS[1]!, groups: [] },
    ],
  };
}
let outputs: GraphiqlOutputs = makeOutputs();

/** Sends `path` byte for byte (fetch() would resolve `..` segments before sending). */
function raw(
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
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
    req.end(init.body);
  });
}

beforeAll(async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  closedPort = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  outputs = makeOutputs();
  const handler = createGraphiqlHandler({
    graphqlPath: '/graphql',
    outputs: () => {
      outputsCalls += 1;
      return outputs;
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

const HTML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescapeHtml = (text: string): string => text.replace(/&(amp|lt|gt|quot|#39);/g, (e) => HTML_ENTITIES[e] ?? e);

/** The "Call as" select's options as the HTML has them (values and labels unescaped). */
function callAsOptions(html: string): Array<{ value: string; label: string; selected: boolean }> {
  const select = /<select id="shop-call-as" name="call-as">(.*?)<\/select>/s.exec(html);
  if (!select) throw new Error('no Call as select');
  return [...select[1]!.matchAll(/<option value="([^"]*)"( selected)?>([^<]*)<\/option>/g)].map((m) => ({
    value: unescapeHtml(m[1]!),
    label: unescapeHtml(m[3]!),
    selected: m[2] !== undefined,
  }));
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

  test('the header editor starts empty; "Call as" lists every identity, read from the outputs each time', async () => {
    outputsCalls = 0;
    const first = await raw('/');
    expect(shopConfig(first.text)).toEqual({
      graphqlPath: '/graphql',
      graphqlContentType: 'application/json',
      credentialsPath: '/graphiql/credentials',
      credentialsHeader: 'x-graphiql',
      defaultCallAs: 'api-key',
      defaultQuery: DEFAULT_QUERY,
      defaultHeaders: '{}',
    });
    expect(callAsOptions(first.text)).toEqual([
      { value: 'api-key', label: 'Anonymous (API key)', selected: true },
      { value: 'user:admin@example.com', label: 'admin@example.com (admin)', selected: false },
      { value: 'user:shopper@example.com', label: 'shopper@example.com', selected: false },
      { value: 'iam', label: 'IAM (backend)', selected: false },
      { value: 'headers', label: 'Headers tab only', selected: false },
    ]);
    expect(first.text).toContain('<label class="shop-call-as" for="shop-call-as">Call as</label>');

    outputs = { ...makeOutputs(), users: [{ email: 'new@example.com', password: 'x', groups: [] }] };
    try {
      const labels = callAsOptions((await raw('/?x=1')).text).map((o) => o.label);
      expect(labels).toEqual(['Anonymous (API key)', 'new@example.com', 'IAM (backend)', 'Headers tab only']);
      expect(outputsCalls).toBe(2);
    } finally {
      outputs = makeOutputs();
    }
  });

  test('the page holds no secret: no password, no IAM secret, no API key', async () => {
    const { text } = await raw('/');
    for (const secret of [...PASSWORDS, IAM_SECRET, 'da2-unit-test-key']) expect(text).not.toContain(secret);
  });

  test('a user name containing </script> cannot break out of the inline script or the select', async () => {
    const hostile = '</script><script>window.pwned=1</script><!--<script>\u2028\u2029&amp;"\'`${1}@example.com';
    outputs = { ...makeOutputs(), users: [{ email: hostile, password: 'x', groups: [] }] };
    try {
      const { text } = await raw('/');
      const { source } = inlineScript(text);
      expect(source).not.toMatch(/[<>]/);
      expect(source).not.toMatch(/[\u2028\u2029]/);
      shopConfig(text); // the script still runs on its own
      expect(callAsOptions(text)[1]).toEqual({ value: `user:${hostile}`, label: hostile, selected: false });
      expect(text).not.toContain('<script>window.pwned');
      expect([...text.matchAll(/<script\b/g)]).toHaveLength(5);
    } finally {
      outputs = makeOutputs();
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

describe('POST /graphiql/credentials', () => {
  const graphqlBody = JSON.stringify({ query: '{ order(id: "01ORDER") { id } }' });

  /** What the page sends, plus any header a test changes (undefined removes one). */
  function ask(
    as: string,
    headers: Record<string, string | undefined> = {},
    body = JSON.stringify({ as, body: graphqlBody }),
  ): Promise<RawResponse & { json: Record<string, unknown> }> {
    const sent: Record<string, string> = {};
    const all = { 'content-type': 'application/json', 'x-graphiql': '1', ...headers };
    for (const [name, value] of Object.entries(all)) if (value !== undefined) sent[name] = value;
    return raw(CREDENTIALS_PATH, { method: 'POST', headers: sent, body }).then((res) => ({
      ...res,
      json: JSON.parse(res.text) as Record<string, unknown>,
    }));
  }

  test('anonymous: the current API key as x-api-key, never cached', async () => {
    const res = await ask('api-key', { origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'same-origin' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.json).toEqual({ headers: { 'x-api-key': 'da2-unit-test-key' } });
  });

  test('"Headers tab only" adds nothing', async () => {
    expect((await ask('headers')).json).toEqual({ headers: {} });
  });

  test('IAM: SigV4 headers for exactly that body, which the local AppSync authenticator accepts', async () => {
    const { json, status } = await ask('iam');
    expect(status).toBe(200);
    const headers = (json as { headers: Record<string, string> }).headers;
    expect(headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIALOCALUNITTEST001\/\d{8}\/us-east-1\/appsync\/aws4_request, SignedHeaders=/,
    );
    expect(headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
    expect(headers.host).toBeUndefined(); // the browser sends its own
    const auth = createAuthenticator({
      defaultMode: 'AMAZON_COGNITO_USER_POOLS',
      additionalModes: ['AWS_IAM'],
      apiKeys: [],
      iam: {
        region: 'us-east-1',
        accountId: '000000000000',
        credentials: [{ ...makeOutputs().iam!, userArn: 'arn:aws:iam::000000000000:user/backend', username: 'b' }],
      },
    });
    const request = (body: string) => ({
      headers: { ...headers, host: `127.0.0.1:${port}`, 'content-type': 'application/json' },
      method: 'POST',
      path: '/graphql',
      body,
      sourceIp: '127.0.0.1',
    });
    expect((await auth.authenticate(request(graphqlBody))).caller?.mode).toBe('AWS_IAM');
    expect((await auth.authenticate(request(graphqlBody.replace('01ORDER', '02ORDER')))).error?.status).toBe(403);
  });

  test('a user while Cognito is not running: 503 that says so', async () => {
    const res = await ask('user:shopper@example.com');
    expect(res.status).toBe(503);
    expect(res.json.errorType).toBe('CognitoUnavailable');
    expect(res.json.message).toContain(`the local Cognito at http://127.0.0.1:${closedPort} is not answering`);
  });

  test('an unknown identity is refused and the choices are named', async () => {
    const res = await ask('user:nobody@example.com');
    expect(res.status).toBe(400);
    expect(res.json).toEqual({
      errorType: 'UnknownIdentity',
      message:
        'there is no identity "user:nobody@example.com" to call as; choose one of "api-key", ' +
        '"user:admin@example.com", "user:shopper@example.com", "iam", "headers"',
    });
  });

  test.each([
    ['without the x-graphiql header', { 'x-graphiql': undefined }, /x-graphiql: 1 header is missing/],
    ['from another origin', { origin: 'http://evil.example' }, /Origin http:\/\/evil.example is not this server's/],
    ['from another port of 127.0.0.1', { origin: 'http://127.0.0.1:1' }, /is not this server's/],
    ['marked cross-site by the browser', { 'sec-fetch-site': 'cross-site' }, /Sec-Fetch-Site: cross-site/],
    ['marked same-site (another port)', { 'sec-fetch-site': 'same-site' }, /Sec-Fetch-Site: same-site/],
    ['to a rebound DNS name', { host: 'rebind.example:4000' }, /Host "rebind.example:4000" is not a loopback name/],
  ])('refused %s: 403, no credentials', async (_what, headers, message) => {
    const res = await ask('api-key', headers);
    expect(res.status).toBe(403);
    expect(res.json.errorType).toBe('Forbidden');
    expect(res.json.message).toMatch(message);
    expect(res.text).not.toContain('da2-unit-test-key');
  });

  test('a CORS preflight gets no CORS headers, so a browser never sends the request', async () => {
    const res = await raw(CREDENTIALS_PATH, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-graphiql',
      },
    });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
    expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  test('malformed requests get a JSON error that says what to send', async () => {
    const form = await ask('api-key', { 'content-type': 'text/plain' });
    expect([form.status, form.json.errorType]).toEqual([415, 'UnsupportedMediaType']);
    const notJson = await ask('api-key', {}, '{as');
    expect([notJson.status, notJson.json.errorType]).toEqual([400, 'BadRequest']);
    const noBody = await ask('api-key', {}, JSON.stringify({ as: 'api-key' }));
    expect(noBody.status).toBe(400);
    expect(noBody.json.message).toMatch(/send \{"as": "<identity>", "body":/);
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
