// The mobile app's handler over real HTTP with a dist dir made here: 503 until the background build lands, then
// the build's files by exact name, SPA fallback for screens, no escaping the build, the live config.json.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMobileHandler, MOBILE_CONFIG_PATH, type WebConnection } from './index.ts';

const BUNDLE = '_expo/static/js/web/index-0123abcd.js';
const INDEX = `<!doctype html><div id="root"></div><script src="/mobile/${BUNDLE}" defer></script>`;

let root: string;
let server: Server;
let port = 0;
let pending = 'is being built: try again in a minute';
let live: WebConnection | undefined;

function raw(path: string, method = 'GET'): Promise<{ status: number; headers: IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'mobile-handler-'));
  writeFileSync(join(root, 'secret.txt'), 'SECRET');
  const handler = createMobileHandler({
    distDir: join(root, 'dist'),
    connection: () => live,
    pending: () => pending,
  });
  server = createServer((req, res) => {
    if (!handler(req, res)) res.writeHead(418).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

function build(index: string, seconds: number): void {
  const dist = join(root, 'dist');
  mkdirSync(join(dist, '_expo', 'static', 'js', 'web'), { recursive: true });
  writeFileSync(join(dist, BUNDLE), 'console.log("app")');
  writeFileSync(join(dist, 'index.html'), index);
  utimesSync(join(dist, 'index.html'), seconds, seconds);
}

describe('createMobileHandler', () => {
  it('says the app is being built (503, retry) until dist/mobile has one, or why it failed', async () => {
    expect((await raw('/shop/')).status).toBe(418);
    const building = await raw('/mobile/');
    expect([building.status, building.headers['retry-after'], building.text]).toEqual([
      503,
      '10',
      'The mobile app is being built: try again in a minute\n',
    ]);
    pending = 'could not be built: Metro failed';
    expect((await raw('/mobile/orders')).text).toBe('The mobile app could not be built: Metro failed\n');
  });

  it('serves the config, the build by exact name, and index.html for every screen', async () => {
    live = undefined;
    expect((await raw(MOBILE_CONFIG_PATH)).status).toBe(503);
    live = {
      graphqlUrl: 'http://127.0.0.1:4000/graphql',
      realtimeUrl: 'ws://127.0.0.1:4000/graphql/realtime',
      region: 'us-east-1',
      apiKey: 'da2-mobile',
      userPoolId: 'local_pool',
      userPoolClientId: 'client',
      cognitoEndpoint: null,
      currency: 'EUR',
    };
    const config = await raw(MOBILE_CONFIG_PATH);
    expect([config.status, JSON.parse(config.text).currency]).toEqual([200, 'EUR']);

    build(INDEX, 1_000);
    const bundle = await raw(`/mobile/${BUNDLE}`);
    expect([bundle.status, bundle.headers['content-type'], bundle.headers['cache-control']]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      'public, max-age=31536000, immutable',
    ]);
    for (const screen of ['/mobile', '/mobile/', '/mobile/orders?placed=o1&payment=success', '/mobile/product/p%2F1']) {
      const page = await raw(screen);
      expect([page.status, page.text]).toEqual([200, INDEX]);
      expect(page.headers['content-security-policy']).toContain("script-src 'self';");
    }
    // A missing bundle is a 404, not the page; nothing outside the build is reachable.
    expect((await raw('/mobile/_expo/static/js/web/missing.js')).status).toBe(404);
    expect((await raw('/mobile/../secret.txt')).text).not.toContain('SECRET');
    expect((await raw('/mobile/%2e%2e/secret.txt')).text).not.toContain('SECRET');
    expect((await raw('/mobile/', 'POST')).status).toBe(405);
  });

  it('serves a rebuilt app once its index.html changes', async () => {
    build(INDEX, 1_000);
    expect((await raw('/mobile/')).text).toBe(INDEX);
    build(`${INDEX}<!-- v2 -->`, 2_000);
    expect((await raw('/mobile/cart')).text).toBe(`${INDEX}<!-- v2 -->`);
  });
});
