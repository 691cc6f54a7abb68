// `npm start` as a user runs it: outputs.local.json as the contract describes, every listener on
// loopback, data that survives a restart, --reset, the demo catalog loaded once, and Ctrl-C that
// leaves nothing running.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { graphql } from '../../support/graphql-client.ts';
import { startShopProcess } from '../../support/shop-process.ts';
import { freePort } from '../../support/free-port.ts';

const LIST =
  '{ categories { slug } listProducts(limit: 100) { items { slug } } ' +
  'shippingMethods(country: "gb") { name price { amount } freeOver { amount } minDays maxDays } }';
const PICTURES = '{ listProducts(limit: 100) { items { images { url alt } } } }';

function listeningPorts(pids: number[]): string[] {
  const out = execFileSync('ss', ['-ltnpH'], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((line) => pids.some((pid) => line.includes(`pid=${pid},`)))
    .map((line) => line.split(/\s+/)[3] as string);
}

function processState(pid: number): string {
  try {
    return execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).trim() || 'gone';
  } catch {
    return 'gone';
  }
}

function descendants(pid: number): number[] {
  const out = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' });
  const rows = out
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [child, ppid] of rows)
      if (ppid === parent) {
        found.push(child);
        walk(child);
      }
  };
  walk(pid);
  return found;
}

describe('npm start lifecycle', () => {
  it('writes outputs.local.json, listens on 127.0.0.1 only, persists across a restart, and stops cleanly', async () => {
    const ports = { port: await freePort(), cognitoPort: await freePort() };
    const first = await startShopProcess({ ports });
    const { outputs } = first;
    expect(Object.keys(outputs).sort()).toEqual(
      [
        'apiKey',
        'bucket',
        'cognitoEndpoint',
        'graphqlUrl',
        'iam',
        'realtimeUrl',
        'region',
        's3Endpoint',
        'stripeWebhookUrl',
        'userPoolClientId',
        'userPoolId',
        'users',
      ].sort(),
    );
    expect(outputs.graphqlUrl).toBe(`http://127.0.0.1:${ports.port}/graphql`);
    expect(outputs.realtimeUrl).toBe(`ws://127.0.0.1:${ports.port}/graphql/realtime`);
    expect(outputs.users.map((u) => [u.email, u.groups])).toEqual([
      ['admin@example.com', ['admin']],
      ['shopper@example.com', []],
    ]);
    expect(outputs.apiKey).toMatch(/^da2-[a-z2-7]{26}$/);

    // the demo catalog is there on first start
    const seeded = await graphql(outputs.graphqlUrl, LIST, {}, { 'x-api-key': outputs.apiKey });
    expect(seeded.body.data.categories.length).toBeGreaterThanOrEqual(3);
    expect(seeded.body.data.listProducts.items.length).toBeGreaterThanOrEqual(6);
    // and its shipping methods, cheapest first (its promotion code and no tax rate: test/integration/pricing-admin)
    expect(seeded.body.data.shippingMethods).toEqual([
      { name: 'Standard', price: { amount: 500 }, freeOver: { amount: 5000 }, minDays: 3, maxDays: 5 },
      { name: 'Express', price: { amount: 1500 }, freeOver: null, minDays: 1, maxDays: 2 },
    ]);
    // each demo product has its picture, uploaded through the presigned POST and served by the local CDN
    const pictures = await graphql(outputs.graphqlUrl, PICTURES, {}, { 'x-api-key': outputs.apiKey });
    const images = pictures.body.data.listProducts.items.map((p: any) => p.images);
    expect(images.every((list: any[]) => list.length === 1 && list[0].alt)).toBe(true);
    const picture = await fetch(images[0][0].url);
    expect(picture.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await picture.arrayBuffer())
        .subarray(1, 4)
        .toString('latin1'),
    ).toBe('PNG');

    // every process of the stack listens on loopback only
    const pids = [first.child.pid as number, ...descendants(first.child.pid as number)];
    const addresses = listeningPorts(pids);
    // the API (plain HTTP and TLS on one port), DynamoDB Local, cognito-local
    expect(addresses.length).toBeGreaterThanOrEqual(3);
    expect(addresses).toContain(new URL(outputs.graphqlUrl).host);
    for (const address of addresses) expect(address).toMatch(/^(127\.0\.0\.1|\[::ffff:127\.0\.0\.1\]):\d+$/);

    // Ctrl-C stops every child
    expect(await first.stop('SIGINT')).toBe(0);
    // (a zombie has exited; it only waits for this sandbox's init to reap it)
    expect(pids.map(processState).filter((state) => state !== 'gone' && !state.startsWith('Z'))).toEqual([]);

    // restart over the same data: same key and users, data kept, catalog not seeded twice
    const second = await startShopProcess({ ports, dataDir: first.dataDir });
    expect(second.outputs.apiKey).toBe(outputs.apiKey);
    expect(second.outputs.users).toEqual(outputs.users);
    const again = await graphql(second.outputs.graphqlUrl, LIST, {}, { 'x-api-key': second.outputs.apiKey });
    expect(again.body.data).toEqual(seeded.body.data);
    expect(second.output()).not.toContain('loading the demo catalog');
    expect(second.output()).toContain('reused cdk.out');
    expect(await second.stop('SIGTERM')).toBe(0);

    // a parameter the template does not declare stops npm start before anything is wiped
    const misspelt = startShopProcess({ ports, dataDir: first.dataDir, args: ['--reset', '--parameters', 'Nope=1'] });
    await expect(misspelt).rejects.toThrow(/--parameters Nope: the template has no such parameter/);
    const kept = JSON.parse(await readFile(`${first.dataDir}/local-secrets.json`, 'utf8'));
    expect(Object.values(kept.apiKeys)).toContain(outputs.apiKey);

    // --reset --no-seed: nothing left, new secrets; --parameters overrides the template's value
    const third = await startShopProcess({
      ports,
      dataDir: first.dataDir,
      args: ['--reset', '--no-seed', '--parameters', 'Introspection=DISABLED'],
    });
    expect(third.outputs.apiKey).not.toBe(outputs.apiKey);
    const empty = await graphql(third.outputs.graphqlUrl, LIST, {}, { 'x-api-key': third.outputs.apiKey });
    expect(empty.body.data).toEqual({ categories: [], listProducts: { items: [] }, shippingMethods: [] });
    const schema = '{ __schema { queryType { name } } }';
    const closed = await graphql(third.outputs.graphqlUrl, schema, {}, { 'x-api-key': third.outputs.apiKey });
    expect(closed.body.errors?.[0]?.message).toMatch(/introspection is not allowed/);
    expect(JSON.parse(await readFile(`${first.dataDir}/local-secrets.json`, 'utf8')).apiKeys).not.toEqual({});
    expect(await third.stop()).toBe(0);
  }, 240_000);

  it('says how to install Java when it is missing', async () => {
    const result = startShopProcess({ args: ['--no-seed'], env: { PATH: '/nonexistent' }, timeoutMs: 60_000 });
    await expect(result).rejects.toThrow(/JDK 17|openjdk-17-jdk-headless/);
  }, 120_000);
});
