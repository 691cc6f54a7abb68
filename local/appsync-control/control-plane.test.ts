// The local AppSync control plane through the AWS SDK v3 AppSync client, as the renewal function calls it:
// UpdateApiKey and ListApiKeys, SigV4 refusals, NotFound, AppSync's 1–365 day bounds, and that a change
// reaches the local server's API-key check and survives a reopen of the store (a restart).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppSyncClient, ListApiKeysCommand, UpdateApiKeyCommand } from '@aws-sdk/client-appsync';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { signedHeaders } from '../../test/support/sigv4-client.ts';
import { createAuthenticator } from '../server/index.ts';
import { createControlPlane, localApiId, openApiKeyStore, type ApiKeyStore, type TemplateKey } from './index.ts';

const DAY = 86_400;
const REGION = 'us-east-1';
const KEY = { accessKeyId: 'AKIALOCALCONTROLTEST', secretAccessKey: 'control-plane-test-secret' };
const API_ID = localApiId('ShopStack', 'Api');
const nowS = () => Math.floor(Date.now() / 1000);

let dir: string;
let store: ApiKeyStore;
let server: Server | undefined;
let endpoint: string;
const template = (): TemplateKey[] => [
  { logicalId: 'PublicKey', id: 'da2-publickeypublickeypublick', templateExpires: nowS() + 2 * DAY, defaultExpires: 0 },
];
const templateKeys = template();

async function serve(file: string, keys = templateKeys): Promise<void> {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  store = await openApiKeyStore({ apiId: API_ID, keys, file });
  const handle = createControlPlane({ store, region: REGION, keys: [KEY] });
  server = createServer((req, res) => void (handle(req, res) || res.writeHead(404).end()));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

const client = (credentials = KEY) => new AppSyncClient({ endpoint, region: REGION, credentials, maxAttempts: 1 });
const update = (expires: number, id = 'da2-publickeypublickeypublick', apiId = API_ID, c = client()) =>
  c.send(new UpdateApiKeyCommand({ apiId, id, expires }));

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'appsync-control-'));
  await serve(join(dir, 'api-keys.json'));
});
afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

describe('UpdateApiKey and ListApiKeys', () => {
  it('moves the expiry (rounded down to the hour), lists it, and the server accepts the key until then', async () => {
    const wanted = nowS() + 300 * DAY + 1234;
    const { apiKey } = await update(wanted);
    const stored = Math.floor(wanted / 3600) * 3600;
    expect(apiKey).toEqual({ id: 'da2-publickeypublickeypublick', expires: stored, deletes: stored + 60 * DAY });
    const listed = await client().send(new ListApiKeysCommand({ apiId: API_ID }));
    expect(listed.apiKeys).toEqual([apiKey]);

    // The same settings array the local AppSync server's authenticator reads.
    const auth = (atS: number) =>
      createAuthenticator({
        defaultMode: 'API_KEY',
        additionalModes: [],
        apiKeys: store.settings,
        now: () => atS * 1000,
      }).authenticate({
        headers: { 'x-api-key': apiKey!.id! },
        method: 'POST',
        path: '/graphql',
        body: '{}',
        sourceIp: '127.0.0.1',
      });
    expect(await auth(nowS() + 299 * DAY)).toMatchObject({ caller: { mode: 'API_KEY' } });
    expect(await auth(stored)).toMatchObject({ error: { status: 401 } });
  });

  it('keeps the change across a restart, until a deploy changes the template Expires', async () => {
    const { apiKey } = await update(nowS() + 100 * DAY);
    const file = join(dir, 'api-keys.json');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      PublicKey: { expires: apiKey!.expires, templateExpires: templateKeys[0]!.templateExpires },
    });
    await serve(file);
    expect(store.settings[0]!.expiresAt).toBe(apiKey!.expires);
    const redeployed = [{ ...templateKeys[0]!, templateExpires: nowS() + 365 * DAY }];
    await serve(file, redeployed);
    expect(store.settings[0]!.expiresAt).toBe(redeployed[0]!.templateExpires);
  });

  it('refuses an expiry under 1 day or over 365 days ahead and leaves the key as it was', async () => {
    for (const expires of [nowS() + DAY - 60, nowS() + 365 * DAY + 60, nowS() - 1]) {
      await expect(update(expires)).rejects.toMatchObject({
        name: 'ApiKeyValidityOutOfBoundsException',
        $metadata: { httpStatusCode: 400 },
      });
    }
    expect(store.settings[0]!.expiresAt).toBe(templateKeys[0]!.templateExpires);
  });

  it('answers NotFoundException for an unknown API or key, and for a key deleted 60 days after expiry', async () => {
    const notFound = { name: 'NotFoundException', $metadata: { httpStatusCode: 404 } };
    await expect(update(nowS() + 10 * DAY, 'da2-nosuchkey')).rejects.toMatchObject(notFound);
    await expect(update(nowS() + 10 * DAY, undefined, 'nosuchapi')).rejects.toMatchObject(notFound);
    await expect(client().send(new ListApiKeysCommand({ apiId: 'nosuchapi' }))).rejects.toMatchObject(notFound);
    await serve(join(dir, 'gone.json'), [{ ...templateKeys[0]!, templateExpires: nowS() - 61 * DAY }]);
    await expect(update(nowS() + 10 * DAY)).rejects.toMatchObject(notFound);
    expect((await client().send(new ListApiKeysCommand({ apiId: API_ID }))).apiKeys).toEqual([]);
  });

  it('answers BadRequestException for a body that is not JSON', async () => {
    const url = `${endpoint}/v1/apis/${API_ID}/apikeys/da2-publickeypublickeypublick`;
    const body = '{"expires":';
    const headers = await signedHeaders({ url, body, ...KEY, headers: { 'content-type': 'application/json' } });
    const res = await fetch(url, { method: 'POST', headers, body });
    expect(res.status).toBe(400);
    expect(res.headers.get('x-amzn-errortype')).toBe('BadRequestException');
    expect(await res.json()).toEqual({ message: expect.any(String) });
  });
});

describe('SigV4 (service appsync, the stack local IAM key)', () => {
  it('refuses an unsigned request with 403 and AWS error shape, changing nothing', async () => {
    const res = await fetch(`${endpoint}/v1/apis/${API_ID}/apikeys/da2-publickeypublickeypublick`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ expires: nowS() + 100 * DAY }),
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
    expect(await res.json()).toEqual({ message: 'Missing Authentication Token' });
    expect(store.settings[0]!.expiresAt).toBe(templateKeys[0]!.templateExpires);
  });

  it('refuses a wrong secret, an unknown key and another service scope', async () => {
    const wrongSecret = client({ ...KEY, secretAccessKey: 'not-the-secret' });
    await expect(update(nowS() + 100 * DAY, undefined, undefined, wrongSecret)).rejects.toMatchObject({
      name: 'InvalidSignatureException',
      $metadata: { httpStatusCode: 403 },
    });
    const unknown = client({ accessKeyId: 'AKIANOBODY', secretAccessKey: KEY.secretAccessKey });
    await expect(update(nowS() + 100 * DAY, undefined, undefined, unknown)).rejects.toMatchObject({
      name: 'UnrecognizedClientException',
    });
    const url = `${endpoint}/v1/apis/${API_ID}/apikeys`;
    const headers = await signedHeaders({ url, body: '', method: 'GET', service: 'lambda', ...KEY });
    const res = await fetch(url, { headers });
    expect([res.status, res.headers.get('x-amzn-errortype')]).toEqual([403, 'InvalidSignatureException']);
    expect(store.settings[0]!.expiresAt).toBe(templateKeys[0]!.templateExpires);
  });
});
