// functions/api-key-renewal against a real HTTP server standing in for the AppSync control plane (the AWS SDK v3
// AppSync client on a loopback endpoint): UpdateApiKey's path, SigV4 signature and body, AppSync's 1–365 day
// bounds, the new expiry, and the days-left metric line in the embedded metric format.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppSyncClient } from '@aws-sdk/client-appsync';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  DAYS_LEFT_METRIC,
  apiIdOf,
  expiryAfter,
  handler,
  renewApiKey,
  resetClient,
} from '../../functions/api-key-renewal/index.ts';

const DAY = 86_400;
const LOCAL_REGION = 'us-east-1';
/** Any key pair: the stand-in checks the signature's shape, not its secret. */
const LOCAL_CREDENTIALS = { accessKeyId: 'AKIDRENEWALTEST', secretAccessKey: 'renewal-test-secret' };

interface Call {
  method: string;
  path: string;
  authorization: string;
  body: Record<string, unknown>;
}

/** AppSync's UpdateApiKey as documented: POST /v1/apis/{apiId}/apikeys/{id}, expiry 1–365 days from now. */
const keys = new Map<string, number>();
const calls: Call[] = [];
let server: Server;
let endpoint: string;

function answer(method: string, url: string, body: Record<string, unknown>) {
  const match = /^\/v1\/apis\/([^/]+)\/apikeys\/([^/]+)$/.exec(url);
  const key = match ? `${match[1]}/${match[2]}` : '';
  if (method !== 'POST' || !keys.has(key))
    return { status: 404, type: 'NotFoundException', payload: { message: `API key not found` } };
  const expires = Number(body['expires']);
  const now = Date.now() / 1000;
  if (!(expires >= now + DAY - 3600 && expires <= now + 365 * DAY))
    return {
      status: 400,
      type: 'ApiKeyValidityOutOfBoundsException',
      payload: { message: 'API key must be valid for a minimum of 1 day and a maximum of 365 days.' },
    };
  const stored = Math.floor(expires / 3600) * 3600;
  keys.set(key, stored);
  return { status: 200, payload: { apiKey: { id: match![2], expires: stored, deletes: stored + 60 * DAY } } };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      const [method, url] = [req.method ?? '', req.url ?? ''];
      calls.push({ method, path: url, authorization: req.headers.authorization ?? '', body });
      const { status, type, payload } = answer(method, url, body);
      res.writeHead(status, { 'content-type': 'application/json', ...(type ? { 'x-amzn-errortype': type } : {}) });
      res.end(JSON.stringify(payload));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  calls.length = 0;
  keys.clear();
});

const client = () => new AppSyncClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });

describe('renewApiKey', () => {
  it('moves the expiry to 364 days from now, on the hour, and writes the days left as an EMF metric', async () => {
    keys.set('api1/da2-key1', Math.floor(Date.now() / 1000) + 20 * DAY);
    const lines: string[] = [];
    const now = Date.now();
    const renewed = await renewApiKey(
      client(),
      { apiId: 'api1', apiKeyId: 'da2-key1' },
      { validityDays: 364, namespace: 'ShopTest', now: () => now, write: (l) => lines.push(l) },
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'POST', path: '/v1/apis/api1/apikeys/da2-key1' });
    expect(calls[0]!.authorization).toMatch(
      new RegExp(`^AWS4-HMAC-SHA256 Credential=${LOCAL_CREDENTIALS.accessKeyId}/\\d{8}/${LOCAL_REGION}/appsync/`),
    );
    const expires = expiryAfter(now, 364);
    expect(expires % 3600).toBe(0);
    expect(calls[0]!.body).toEqual({ expires });
    expect(keys.get('api1/da2-key1')).toBe(expires);
    expect(renewed.daysLeft).toBeGreaterThan(363.9);
    expect(renewed.daysLeft).toBeLessThanOrEqual(364);

    expect(lines).toHaveLength(1);
    const emf = JSON.parse(lines[0]!);
    expect(emf._aws).toEqual({
      Timestamp: now,
      CloudWatchMetrics: [
        { Namespace: 'ShopTest', Dimensions: [['ApiId']], Metrics: [{ Name: DAYS_LEFT_METRIC, Unit: 'Count' }] },
      ],
    });
    expect(emf).toMatchObject({ ApiId: 'api1', [DAYS_LEFT_METRIC]: renewed.daysLeft });
  });

  it('a refused update throws and writes no metric (the alarm treats missing data as breaching)', async () => {
    keys.set('api1/da2-key1', Math.floor(Date.now() / 1000) + 20 * DAY);
    const lines: string[] = [];
    const options = { namespace: 'ShopTest', now: Date.now, write: (l: string) => lines.push(l) };
    // 366 days: AppSync's bound refuses it
    await expect(
      renewApiKey(client(), { apiId: 'api1', apiKeyId: 'da2-key1' }, { ...options, validityDays: 366 }),
    ).rejects.toMatchObject({ name: 'ApiKeyValidityOutOfBoundsException' });
    // a key that is gone
    await expect(
      renewApiKey(client(), { apiId: 'api1', apiKeyId: 'da2-gone' }, { ...options, validityDays: 364 }),
    ).rejects.toMatchObject({ name: 'NotFoundException' });
    expect(lines).toEqual([]);
    expect(keys.get('api1/da2-key1')).toBeLessThan(Date.now() / 1000 + 21 * DAY);
  });
});

describe('handler (as the schedule runs it)', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    resetClient();
  });

  it('renews the key its environment names, through the SDK endpoint and credentials of the environment', async () => {
    Object.assign(process.env, {
      AWS_ENDPOINT_URL_APPSYNC: endpoint,
      AWS_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      API_ID: 'abcdefghijklmnopqrstuvwxyz',
      API_KEY_ID: 'da2-key2',
      VALIDITY_DAYS: '200',
    });
    keys.set('abcdefghijklmnopqrstuvwxyz/da2-key2', Math.floor(Date.now() / 1000) + 2 * DAY);
    const renewed = await handler();
    expect(renewed.daysLeft).toBeGreaterThan(199.9);
    expect(keys.get('abcdefghijklmnopqrstuvwxyz/da2-key2')).toBe(renewed.expires);
  });

  it('falls back to the API id in an AppSync GraphQL URL when API_ID is not set', async () => {
    Object.assign(process.env, {
      AWS_ENDPOINT_URL_APPSYNC: endpoint,
      AWS_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      GRAPHQL_URL: 'https://zyxwvutsrqponmlkjihgfedcba.appsync-api.us-east-1.amazonaws.com/graphql',
      API_KEY_ID: 'da2-key3',
    });
    delete process.env.API_ID;
    keys.set('zyxwvutsrqponmlkjihgfedcba/da2-key3', Math.floor(Date.now() / 1000) + 2 * DAY);
    const renewed = await handler();
    expect(renewed.apiId).toBe('zyxwvutsrqponmlkjihgfedcba');
    expect(keys.get('zyxwvutsrqponmlkjihgfedcba/da2-key3')).toBe(renewed.expires);
  });

  it('refuses no API id, a missing key and a validity AppSync would refuse', async () => {
    delete process.env.API_ID;
    Object.assign(process.env, { GRAPHQL_URL: 'http://127.0.0.1:4000/graphql', API_KEY_ID: 'k' });
    await expect(handler()).rejects.toThrow(/API_ID must be set/);
    process.env.GRAPHQL_URL = 'https://abc123.appsync-api.eu-west-1.amazonaws.com/graphql';
    delete process.env.API_KEY_ID;
    await expect(handler()).rejects.toThrow(/API_KEY_ID must be set/);
    Object.assign(process.env, { API_KEY_ID: 'k', VALIDITY_DAYS: '400' });
    await expect(handler()).rejects.toThrow(/VALIDITY_DAYS must be a whole number/);
    expect(calls).toEqual([]);
    expect(apiIdOf('https://abc123.appsync-api.eu-west-1.amazonaws.com/graphql')).toBe('abc123');
  });
});
