// The public key's renewal on the real stack under npm start (startShop, in process, so the test can fire the
// schedule now): the template's EventBridge rule runs functions/api-key-renewal in the Lambda twin, whose
// UpdateApiKey reaches the local AppSync control plane; the key then has ~364 days left (ListApiKeys), still
// opens the catalog, and the function printed its days-left metric. A key whose expiry has passed (written
// into the persisted state, as a lapse would leave it) is refused after a restart with AppSync's 401.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppSyncClient, ListApiKeysCommand } from '@aws-sdk/client-appsync';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { startShop, type RunningShop } from '../../local/start/index.ts';
import { freePort } from '../support/free-port.ts';
import { graphql } from '../support/graphql-client.ts';
import { ROOT } from '../support/shop-process.ts';

const DAY = 86_400;
const LIST = '{ listProducts(limit: 1) { items { id } } }';
const KEYS_FILE = ['appsync', 'api-keys.json'] as const;

let shop: RunningShop | undefined;
let dataDir: string;
const logged: string[] = [];

async function start(): Promise<RunningShop> {
  process.env.COGNITO_PORT = String(await freePort());
  return startShop({
    root: ROOT,
    dataDir,
    outputsFile: join(dataDir, 'outputs.json'),
    port: 0,
    seed: false,
    log: (line) => void logged.push(line),
  });
}

function controlPlane(running: RunningShop): AppSyncClient {
  return new AppSyncClient({
    endpoint: new URL(running.outputs.graphqlUrl).origin,
    region: running.outputs.region,
    credentials: running.outputs.iam,
  });
}

/** The template's renewal rule, from npm start's "where" lines (`Schedule  <rule> <expression> → <function>`). */
function renewalRule(running: RunningShop): string {
  const line = running.where.find((l) => l.startsWith('Schedule') && l.includes('→ ApiKeyRenewalFunction'));
  const rule = line?.split(/\s+/)[1];
  if (!rule) throw new Error(`no renewal schedule in:\n${running.where.join('\n')}`);
  return rule;
}

afterEach(() => vi.restoreAllMocks());
afterAll(async () => {
  await shop?.stop();
  delete process.env.COGNITO_PORT;
});

describe('the public API key renewal under npm start', () => {
  let apiId = '';

  it('renews the key to ~364 days ahead when its schedule fires, and prints the days-left metric', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'key-renewal-'));
    shop = await start();
    const { apiKey } = shop.outputs;
    // The Lambda worker's stdout is piped into this process's stdout: the EMF line arrives there.
    const written: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
      written.push(String(chunk));
      return (write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
    });

    const before = Date.now();
    await shop.fireSchedule(renewalRule(shop));
    expect(logged.filter((l) => l.includes('failed'))).toEqual([]);
    await vi.waitFor(() => expect(written.join('')).toContain('"ApiKeyDaysLeft"'), { timeout: 5000 });
    const emf = JSON.parse(
      written
        .join('')
        .split('\n')
        .find((l) => l.includes('"ApiKeyDaysLeft"'))!,
    );
    expect(emf._aws.CloudWatchMetrics[0]).toMatchObject({ Namespace: 'ServerlessShop', Dimensions: [['ApiId']] });
    expect(emf.ApiKeyDaysLeft).toBeGreaterThan(363.9);
    apiId = emf.ApiId;

    const { apiKeys } = await controlPlane(shop).send(new ListApiKeysCommand({ apiId }));
    expect(apiKeys).toHaveLength(1);
    const [key] = apiKeys!;
    expect(key!.id).toBe(apiKey);
    expect(key!.expires).toBeGreaterThan(before / 1000 + 364 * DAY - 3600);
    expect(key!.expires).toBeLessThanOrEqual(Date.now() / 1000 + 364 * DAY);
    expect(key!.expires! % 3600).toBe(0);

    const answer = await graphql(shop.outputs.graphqlUrl, LIST, {}, { 'x-api-key': apiKey });
    expect(answer).toMatchObject({ status: 200, body: { data: { listProducts: { items: [] } } } });
    expect(answer.body.errors).toBeUndefined();
    const stored = JSON.parse(await readFile(join(dataDir, ...KEYS_FILE), 'utf8')) as Record<string, unknown>;
    expect(Object.values(stored)).toEqual([expect.objectContaining({ expires: key!.expires })]);
  }, 180_000);

  it('refuses a key whose expiry has passed with 401 UnauthorizedException, after a restart', async () => {
    expect(apiId).not.toBe('');
    await shop!.stop();
    shop = undefined;
    const file = join(dataDir, ...KEYS_FILE);
    const stored = JSON.parse(await readFile(file, 'utf8')) as Record<string, { expires: number }>;
    const lapsed = Math.floor(Date.now() / 1000 / 3600) * 3600 - 3600;
    for (const change of Object.values(stored)) change.expires = lapsed;
    await writeFile(file, JSON.stringify(stored));

    shop = await start();
    const answer = await graphql(shop.outputs.graphqlUrl, LIST, {}, { 'x-api-key': shop.outputs.apiKey });
    expect(answer).toEqual({
      status: 401,
      body: { errors: [{ errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' }] },
    });
    // Listed until deleted 60 days after it expired (ListApiKeys), with the expiry the server enforces.
    const { apiKeys } = await controlPlane(shop).send(new ListApiKeysCommand({ apiId }));
    expect(apiKeys).toEqual([{ id: shop.outputs.apiKey, expires: lapsed, deletes: lapsed + 60 * DAY }]);
  }, 180_000);
});
