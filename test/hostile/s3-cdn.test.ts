// Hostile S3 and CDN requests against a real `npm start` (issue 15, findings 4, 5 and the SigV4 half of
// 10): traversal keys through signed PutObject are stored as S3 stores them (opaque text) and nothing
// is written outside the data folder; the CDN serves its origin bucket's keys only, whatever the
// path's dots and escapes; an x-amz-security-token not signed, or not the key's, is refused by S3
// and by the AppSync IAM endpoint.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, join, relative } from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  GetObjectCommand,
  ListBucketsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startShopProcess, type ShopProcess } from '../support/shop-process.ts';

let shop: ShopProcess;
let s3: S3Client;
let images = '';
let logs = '';
let cdn = '';
const SECRET = `private log line ${randomUUID()}`;
const LOG_KEY = 'cdn-logs/x.log';

const client = (credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }) =>
  new S3Client({
    endpoint: shop.outputs.s3Endpoint!,
    region: shop.outputs.region,
    forcePathStyle: true,
    credentials,
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });

/** Every file under `dir`, relative to it. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path).map((f) => join(name, f)) : [name];
  });

/** A raw request: fetch would resolve `..` segments before sending, which is exactly what is under test. */
const rawGet = (origin: string, path: string, method = 'GET', headers: Record<string, string> = {}, body = '') =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const url = new URL(origin);
    const req = request({ host: url.hostname, port: url.port, path, method, headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });

/** SigV4 headers as the SDKs sign; `rawPath` when the path must stay as written (URL() would resolve dots). */
async function signedHeaders(url: string, service: string, body: string, sessionToken?: string, rawPath?: string) {
  const u = new URL(url);
  const signer = new SignatureV4({
    service,
    region: shop.outputs.region,
    credentials: { ...shop.outputs.iam, sessionToken },
    sha256: Sha256,
    uriEscapePath: service !== 's3',
  });
  const signed = await signer.sign({
    method: service === 's3' ? 'PUT' : 'POST',
    protocol: u.protocol,
    hostname: u.hostname,
    port: Number(u.port),
    path: rawPath ?? u.pathname,
    headers: { host: u.host, 'content-type': 'application/json' },
    body,
  });
  return signed.headers as Record<string, string>;
}

beforeAll(async () => {
  shop = await startShopProcess({ args: ['--no-seed'] });
  s3 = client(shop.outputs.iam);
  images = shop.outputs.bucket!;
  const { Buckets = [] } = await s3.send(new ListBucketsCommand({}));
  logs = Buckets.map((b) => b.Name!).find((name) => name !== images)!;
  cdn = (await shop.waitFor(/CloudFront \(local\)\s+(http:\/\/127\.0\.0\.1:\d+)/))[1]!;
  await s3.send(new PutObjectCommand({ Bucket: logs, Key: LOG_KEY, Body: SECRET }));
}, 120_000);
afterAll(async () => {
  s3?.destroy();
  await shop?.stop();
});

describe('S3 keys are text (finding 4)', () => {
  it('stores a signed PutObject with a traversal key under exactly that key, inside the data folder', async () => {
    const outside = `elsewhere-${randomUUID()}`;
    const keys = [
      `products/../../../../../${outside}/x.txt`,
      `../../../../../../../../${outside}/y.txt`,
      `products/..//..//./${outside}/z.txt`,
      `/${outside}/leading-slash.txt`,
      `${outside}/leading-slash.txt`,
    ];
    const before = new Set(readdirSync(dirname(shop.dataDir)));
    for (const [i, Key] of keys.entries())
      await s3.send(new PutObjectCommand({ Bucket: images, Key, Body: `body ${i}` }));
    for (const [i, Key] of keys.entries()) {
      const got = await s3.send(new GetObjectCommand({ Bucket: images, Key }));
      expect(await got.Body!.transformToString()).toBe(`body ${i}`);
    }
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: images }));
    expect(listed.Contents!.map((c) => c.Key)).toEqual(expect.arrayContaining(keys));
    const byPrefix = await s3.send(new ListObjectsV2Command({ Bucket: images, Prefix: 'products/../' }));
    expect(byPrefix.Contents!.map((c) => c.Key).sort()).toEqual([keys[0], keys[2]].sort());
    // wherever the `..`s would have led, nothing is there; every object file is inside the bucket's folder
    expect(readdirSync(dirname(shop.dataDir)).filter((name) => !before.has(name) && name.includes(outside))).toEqual(
      [],
    );
    const objects = join(shop.dataDir, 's3', 'objects');
    for (const dir of ['/', dirname(shop.dataDir), shop.dataDir, join(shop.dataDir, 's3'), objects])
      expect(existsSync(join(dir, outside)), dir).toBe(false);
    const stored = filesUnder(join(objects, images)).filter((f) => f.includes(outside));
    expect(stored.filter((f) => f.endsWith('._S3rver_object')).length).toBe(keys.length);
    for (const file of stored)
      expect(relative(join(objects, images), join(objects, images, file))).not.toMatch(/^\.\./);
  });

  it('refuses a bucket name that is not one (a `..` bucket cannot reach the folder above)', async () => {
    const path = '/%2E%2E/x.txt';
    expect((await rawGet(shop.outputs.s3Endpoint!, path, 'PUT', {}, 'x')).status).toBe(403);
    const headers = await signedHeaders(`${shop.outputs.s3Endpoint}${path}`, 's3', 'x', undefined, path);
    const signed = await rawGet(shop.outputs.s3Endpoint!, path, 'PUT', headers, 'x');
    expect(signed.status).toBe(400);
    expect(signed.body).toContain('<Code>InvalidBucketName</Code>');
    expect(existsSync(join(shop.dataDir, 's3', 'x.txt._S3rver_object'))).toBe(false);
  });
});

describe('the CDN serves its origin bucket only (finding 5)', () => {
  it('an unsigned S3 GET of the private log is refused (the premise)', async () => {
    expect((await fetch(`${shop.outputs.s3Endpoint}/${logs}/${LOG_KEY}`)).status).toBe(403);
  });

  it('never reaches the access-logs bucket, whatever the dots, escapes and slashes', async () => {
    const variants = [
      `/../${logs}/${LOG_KEY}`,
      `/../../${logs}/${LOG_KEY}`,
      `/%2e%2e/${logs}/${LOG_KEY}`,
      `/%2E%2E%2F${logs}%2Fcdn-logs%2Fx.log`,
      `/..%2f${logs}%2f${LOG_KEY}`,
      `/.%2e/${logs}/${LOG_KEY}`,
      `//${logs}/${LOG_KEY}`,
      `/./../${logs}/${LOG_KEY}`,
      `/products/../../${logs}/${LOG_KEY}`,
      `/..\\${logs}\\cdn-logs\\x.log`,
      `/%252e%252e/${logs}/${LOG_KEY}`,
      `${shop.outputs.s3Endpoint}/${logs}/${LOG_KEY}`,
      `/%zz/../${logs}/${LOG_KEY}`,
    ];
    for (const path of variants) {
      const res = await rawGet(cdn, path);
      expect([403, 404], path).toContain(res.status);
      expect(res.body, path).not.toContain(SECRET);
    }
  });

  it('answers a key missing from the origin bucket with 403 AccessDenied XML, as OAC without ListBucket', async () => {
    const res = await rawGet(cdn, `/../${logs}/${LOG_KEY}`);
    expect(res.status).toBe(403);
    expect(res.body).toContain('<Code>AccessDenied</Code>');
  });

  it('serves a key of the origin bucket, even one spelled with `..` (it is only text)', async () => {
    const key = `../${logs}/${LOG_KEY}`;
    await s3.send(new PutObjectCommand({ Bucket: images, Key: key, Body: 'an images-bucket object' }));
    const res = await rawGet(cdn, `/../${logs}/${LOG_KEY}`);
    expect(res).toEqual({ status: 200, body: 'an images-bucket object' });
  });
});

describe('x-amz-security-token (finding 10)', () => {
  const TOKEN = 'FQoGZXIvYXdzEXAMPLE';

  it('S3: an unsigned token is refused (AccessDenied, HeadersNotSigned); a signed one is not the key’s', async () => {
    const url = `${shop.outputs.s3Endpoint}/${images}/products/token.txt`;
    const headers = await signedHeaders(url, 's3', 'x');
    expect((await fetch(url, { method: 'PUT', headers, body: 'x' })).status).toBe(200);
    const unsigned = await fetch(url, {
      method: 'PUT',
      headers: { ...headers, 'x-amz-security-token': TOKEN },
      body: 'y',
    });
    expect(unsigned.status).toBe(403);
    const xml = await unsigned.text();
    expect(xml).toContain('<Code>AccessDenied</Code>');
    expect(xml).toContain('<HeadersNotSigned>x-amz-security-token</HeadersNotSigned>');
    const withToken = client({ ...shop.outputs.iam, sessionToken: TOKEN });
    const put = new PutObjectCommand({ Bucket: images, Key: 'products/token.txt', Body: 'z' });
    await expect(withToken.send(put)).rejects.toMatchObject({ name: 'InvalidToken' });
    withToken.destroy();
    const still = await s3.send(new GetObjectCommand({ Bucket: images, Key: 'products/token.txt' }));
    expect(await still.Body!.transformToString()).toBe('x');
  });

  it('AppSync IAM: an unsigned token is InvalidSignature, a signed one not the key’s UnrecognizedClient', async () => {
    const url = shop.outputs.graphqlUrl;
    const body = JSON.stringify({ query: '{ categories { id } }' });
    const headers = await signedHeaders(url, 'appsync', body);
    const ok = await fetch(url, { method: 'POST', headers, body });
    expect(ok.status).toBe(200);
    const unsigned = await fetch(url, { method: 'POST', headers: { ...headers, 'x-amz-security-token': TOKEN }, body });
    expect(unsigned.status).toBe(403);
    expect(((await unsigned.json()) as any).errors[0].errorType).toBe('InvalidSignatureException');
    const forged = await fetch(url, {
      method: 'POST',
      headers: await signedHeaders(url, 'appsync', body, TOKEN),
      body,
    });
    expect(forged.status).toBe(403);
    expect(((await forged.json()) as any).errors[0]).toEqual({
      errorType: 'UnrecognizedClientException',
      message: 'The security token included in the request is invalid.',
    });
  });
});
