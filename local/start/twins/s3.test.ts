// The S3 twin on its own, driven by real clients over HTTP: the AWS SDK v3 S3 client, presigned
// URLs, browser-style POST uploads (createPresignedPost + fetch with FormData) and the local CDN,
// against a bucket and distribution synthesized by CDK the way the shop's stack declares them.
// It sits beside the twin because other rooms may import only local/start's door.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  PutObjectTaggingCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { App, CfnParameter, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_ACCOUNT_ID, LOCAL_REGION } from '../../local-aws.ts';
import type { StackArtifact } from '../../stack/index.ts';
import { emptyOutputs, localS3Client, s3Twin, startTwins, type StartedTwins, type TwinContext } from './index.ts';

const STOREFRONT = 'http://127.0.0.1:4000';

function synthesize(): StackArtifact {
  const app = new App();
  const stack = new Stack(app, 'S3TwinTest');
  const storefronts = new CfnParameter(stack, 'StorefrontOrigins', {
    type: 'CommaDelimitedList',
    default: `${STOREFRONT},http://localhost:4000`,
  });
  const bucket = new s3.Bucket(stack, 'ProductImages', {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    cors: [
      {
        allowedMethods: [s3.HttpMethods.POST, s3.HttpMethods.GET],
        allowedOrigins: storefronts.valueAsList,
        allowedHeaders: ['*'],
        exposedHeaders: ['ETag'],
        maxAge: 3000,
      },
    ],
  });
  new cloudfront.Distribution(stack, 'ImagesCdn', {
    defaultBehavior: { origin: origins.S3BucketOrigin.withOriginAccessControl(bucket) },
  });
  const template = Template.fromStack(stack).toJSON() as StackArtifact['template'];
  return { stackName: stack.stackName, template, assemblyDir: tmpdir() };
}

/** A valid 2×2 RGBA PNG: signature, IHDR, IDAT (zlib) and IEND, each chunk with its CRC. */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.from([0, 255, 0, 0, 255, 0, 0, 255, 255, 0, 0, 255, 0, 0, 255, 0, 255, 255, 255]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A presigned GET made as @aws-sdk/s3-request-presigner makes it (not installed here): SigV4 query
 * signing of the host header only, the path unescaped, the payload UNSIGNED-PAYLOAD.
 */
async function presignGet(
  endpoint: string,
  bucket: string,
  key: string,
  credentials: { accessKeyId: string; secretAccessKey: string },
  options: { expiresIn: number; signingDate?: Date },
): Promise<string> {
  const url = new URL(`${endpoint}/${bucket}/${key}`);
  const signer = new SignatureV4({
    service: 's3',
    region: LOCAL_REGION,
    credentials,
    sha256: Sha256,
    uriEscapePath: false,
    applyChecksum: false,
  });
  const unsigned = new Set(['x-amz-content-sha256']);
  const signed = await signer.presign(
    {
      method: 'GET',
      protocol: url.protocol,
      hostname: url.hostname,
      port: Number(url.port),
      path: url.pathname,
      query: { 'x-id': 'GetObject' },
      headers: { host: url.host, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
    },
    { ...options, unsignableHeaders: unsigned, unhoistableHeaders: unsigned },
  );
  const query = Object.entries(signed.query ?? {})
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
  return `${url.origin}${url.pathname}?${query}`;
}

const errorOf = async (res: Response) => {
  const xml = await res.text();
  return {
    status: res.status,
    code: /<Code>([^<]*)<\/Code>/.exec(xml)?.[1],
    message: /<Message>([^<]*)<\/Message>/.exec(xml)?.[1],
    xml,
  };
};

function formOf(fields: Record<string, string>, file: Buffer, type = 'image/png'): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([file], { type }), 'upload.png');
  return form;
}

describe('the S3 twin', () => {
  let dataDir: string;
  let twins: StartedTwins;
  let client: S3Client;
  let bucket: string;
  let endpoint: string;
  let cdn: string;
  let artifact: StackArtifact;
  const iam = { accessKeyId: `AKIALOCALTEST${randomBytes(4).toString('hex').toUpperCase()}`, secretAccessKey: '' };
  iam.secretAccessKey = randomBytes(30).toString('base64');
  const png = tinyPng();
  const context = (artifact: StackArtifact): TwinContext => ({
    artifact,
    dataDir,
    secrets: { apiKeys: {}, iam, users: [] },
    parameters: {},
    region: LOCAL_REGION,
    accountId: LOCAL_ACCOUNT_ID,
    progress: () => undefined,
    log: () => undefined,
    fatal: (message) => {
      throw new Error(message);
    },
    upstream: emptyOutputs(),
  });
  const withKey = (credentials: { accessKeyId: string; secretAccessKey: string }) =>
    new S3Client({
      endpoint,
      region: LOCAL_REGION,
      forcePathStyle: true,
      credentials,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 1,
    });
  const post = (fields: Record<string, string>, file = png, type = 'image/png', origin?: string) =>
    fetch(`${endpoint}/${bucket}`, {
      method: 'POST',
      body: formOf(fields, file, type),
      ...(origin ? { headers: { origin } } : {}),
    });
  const presignPost = (key: string, options: { Expires?: number; Conditions?: unknown[]; via?: S3Client } = {}) =>
    createPresignedPost(options.via ?? client, {
      Bucket: bucket,
      Key: key,
      Expires: options.Expires ?? 300,
      Fields: { 'Content-Type': 'image/png' },
      Conditions: (options.Conditions ?? [['content-length-range', 1, 1024]]) as never,
    });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 's3-twin-'));
    artifact = synthesize();
    twins = await startTwins([s3Twin], artifact, emptyOutputs(), () => context(artifact));
    const { client: keys, endpoints } = twins.outputs;
    bucket = keys.bucket!;
    endpoint = keys.s3Endpoint!;
    cdn = endpoints.cdn!;
    client = localS3Client(context(artifact), endpoint);
  });

  afterAll(async () => {
    client?.destroy();
    await twins?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('contributes the bucket and the distribution to the template and the client config', () => {
    const { refs, attributes, plainHttpHosts, sdkEnvironment, client: keys } = twins.outputs;
    expect(bucket).toMatch(/^s3twintest-productimages[a-z0-9-]*$/);
    const bucketId = Object.keys(refs).find((id) => refs[id] === bucket)!;
    expect(attributes[`${bucketId}.Arn`]).toBe(`arn:aws:s3:::${bucket}`);
    expect(attributes[`${bucketId}.RegionalDomainName`]).toBe(`${bucket}.s3.${LOCAL_REGION}.amazonaws.com`);
    const cdnHost = cdn.replace('http://', '');
    const distributionId = Object.keys(attributes).find((k) => attributes[k] === cdnHost)!;
    expect(distributionId).toMatch(/^ImagesCdn.*\.DomainName$/);
    expect(attributes[distributionId.replace('.DomainName', '.Id')]).toBeTruthy();
    expect(plainHttpHosts).toEqual([cdnHost]);
    expect(sdkEnvironment).toEqual({ AWS_ENDPOINT_URL_S3: endpoint });
    expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(keys).toEqual({ bucket, s3Endpoint: endpoint });
  });

  it('puts, heads, gets, tags, lists and deletes objects signed with the local identity', async () => {
    const key = 'products/p1/a.png';
    const put = await client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: png,
        ContentType: 'image/png',
        CacheControl: 'max-age=60',
      }),
    );
    expect(put.ETag).toMatch(/^"[0-9a-f]{32}"$/);
    const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    expect([head.ContentType, head.ContentLength, head.ETag]).toEqual(['image/png', png.length, put.ETag]);
    const got = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    expect(Buffer.from(await got.Body!.transformToByteArray()).equals(png)).toBe(true);
    await client.send(
      new PutObjectTaggingCommand({
        Bucket: bucket,
        Key: key,
        Tagging: { TagSet: [{ Key: 'product', Value: 'p1' }] },
      }),
    );
    const tags = await client.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: key }));
    expect(tags.TagSet).toEqual([{ Key: 'product', Value: 'p1' }]);
    const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: 'products/p1/' }));
    expect(listed.Contents?.map((o) => o.Key)).toEqual([key]);
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    await expect(client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))).rejects.toMatchObject({
      name: 'NotFound',
      $metadata: { httpStatusCode: 404 },
    });
    await expect(client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).rejects.toMatchObject({
      name: 'NoSuchKey',
    });
    await expect(client.send(new GetObjectCommand({ Bucket: 'no-such-bucket-here', Key: key }))).rejects.toMatchObject({
      name: 'NoSuchBucket',
    });
  });

  it('stores x-amz-tagging given on PutObject as the object tags', async () => {
    const key = 'tagged-on-put.txt';
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: 'x', Tagging: 'a=1&b=two%20words' }));
    const tags = await client.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: key }));
    expect(tags.TagSet).toEqual([
      { Key: 'a', Value: '1' },
      { Key: 'b', Value: 'two words' },
    ]);
  });

  it('refuses a wrong secret, an unknown key id and unsigned requests as S3 does', async () => {
    const wrongSecret = withKey({ accessKeyId: iam.accessKeyId, secretAccessKey: 'not-the-secret' });
    await expect(wrongSecret.send(new GetObjectCommand({ Bucket: bucket, Key: 'x' }))).rejects.toMatchObject({
      name: 'SignatureDoesNotMatch',
      $metadata: { httpStatusCode: 403 },
    });
    const stranger = withKey({ accessKeyId: 'AKIASOMEONEELSE00000', secretAccessKey: iam.secretAccessKey });
    await expect(stranger.send(new PutObjectCommand({ Bucket: bucket, Key: 'x', Body: 'x' }))).rejects.toMatchObject({
      name: 'InvalidAccessKeyId',
      $metadata: { httpStatusCode: 403 },
    });
    wrongSecret.destroy();
    stranger.destroy();
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: 'private.txt', Body: 'secret' }));
    expect(await errorOf(await fetch(`${endpoint}/${bucket}/private.txt`))).toMatchObject({
      status: 403,
      code: 'AccessDenied',
    });
    const unsignedPut = await fetch(`${endpoint}/${bucket}/private.txt`, { method: 'PUT', body: 'overwritten' });
    expect(await errorOf(unsignedPut)).toMatchObject({ status: 403, code: 'AccessDenied' });
  });

  it('serves a presigned GET and refuses it tampered, signed with a wrong secret or expired', async () => {
    await client.send(
      new PutObjectCommand({ Bucket: bucket, Key: 'signed.txt', Body: 'hello', ContentType: 'text/plain' }),
    );
    const url = await presignGet(endpoint, bucket, 'signed.txt', iam, { expiresIn: 60 });
    expect(new URL(url).searchParams.get('X-Amz-SignedHeaders')).toBe('host');
    const ok = await fetch(url);
    expect([ok.status, await ok.text(), ok.headers.get('content-type')]).toEqual([200, 'hello', 'text/plain']);

    const otherKey = url.replace('/signed.txt?', '/private.txt?');
    expect(await errorOf(await fetch(otherKey))).toMatchObject({ status: 403, code: 'SignatureDoesNotMatch' });
    const signature = new URL(url).searchParams.get('X-Amz-Signature')!;
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('0') ? '1' : '0'}`;
    expect(await errorOf(await fetch(url.replace(signature, flipped)))).toMatchObject({
      status: 403,
      code: 'SignatureDoesNotMatch',
    });
    const expired = await presignGet(endpoint, bucket, 'signed.txt', iam, {
      expiresIn: 60,
      signingDate: new Date(Date.now() - 120_000),
    });
    const wrongSecret = await presignGet(
      endpoint,
      bucket,
      'signed.txt',
      { ...iam, secretAccessKey: 'guess' },
      {
        expiresIn: 60,
      },
    );
    expect(await errorOf(await fetch(wrongSecret))).toMatchObject({ status: 403, code: 'SignatureDoesNotMatch' });
    expect(await errorOf(await fetch(expired))).toMatchObject({
      status: 403,
      code: 'AccessDenied',
      message: 'Request has expired',
    });
  });

  it('takes a browser POST upload of a PNG and serves it from S3 and the CDN', async () => {
    const key = 'products/p2/photo.png';
    const tagging = '<Tagging><TagSet><Tag><Key>product</Key><Value>p2</Value></Tag></TagSet></Tagging>';
    const { url, fields } = await createPresignedPost(client, {
      Bucket: bucket,
      Key: key,
      Expires: 300,
      Fields: { 'Content-Type': 'image/png', tagging, 'Cache-Control': 'public, max-age=31536000, immutable' },
      Conditions: [['content-length-range', 1, 10 * 1024 * 1024]],
    });
    expect(url).toBe(`${endpoint}/${bucket}`);
    const res = await fetch(url, { method: 'POST', body: formOf(fields, png), headers: { origin: STOREFRONT } });
    expect(res.status).toBe(204);
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/);
    expect(res.headers.get('location')).toBe(`${endpoint}/${bucket}/products/p2/photo.png`);
    expect(res.headers.get('access-control-allow-origin')).toBe(STOREFRONT);

    const got = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    expect(got.ContentType).toBe('image/png');
    expect(Buffer.from(await got.Body!.transformToByteArray()).equals(png)).toBe(true);
    const tags = await client.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: key }));
    expect(tags.TagSet).toEqual([{ Key: 'product', Value: 'p2' }]);

    const viaCdn = await fetch(`${cdn}/${key}`);
    expect(viaCdn.status).toBe(200);
    expect(viaCdn.headers.get('content-type')).toBe('image/png');
    expect(viaCdn.headers.get('content-length')).toBe(String(png.length));
    expect(viaCdn.headers.get('etag')).toBe(res.headers.get('etag'));
    expect(viaCdn.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await viaCdn.arrayBuffer()).equals(png)).toBe(true);
    const headCdn = await fetch(`${cdn}/${key}`, { method: 'HEAD' });
    expect([headCdn.status, headCdn.headers.get('content-length')]).toEqual([200, String(png.length)]);
  });

  it('answers 201 with a PostResponse when success_action_status asks for it', async () => {
    const { fields } = await createPresignedPost(client, {
      Bucket: bucket,
      Key: 'status-201.png',
      Fields: { 'Content-Type': 'image/png', success_action_status: '201' },
    });
    const res = await post(fields);
    expect(res.status).toBe(201);
    expect(await res.text()).toContain('<Key>status-201.png</Key>');
  });

  it('refuses POST uploads that break the policy with S3 status and code', async () => {
    const big = Buffer.concat([png, randomBytes(2048)]);
    const cases: Array<[string, () => Promise<Response>, number, string, RegExp?]> = [
      ['too large', async () => post((await presignPost('big.png')).fields, big), 400, 'EntityTooLarge'],
      [
        'too small',
        async () => post((await presignPost('small.png', { Conditions: [['content-length-range', 500, 900]] })).fields),
        400,
        'EntityTooSmall',
      ],
      [
        'wrong content type',
        async () => post({ ...(await presignPost('html.png')).fields, 'Content-Type': 'text/html' }, png, 'text/html'),
        403,
        'AccessDenied',
        /^Invalid according to Policy: Policy Condition failed: \["eq", "\$Content-Type", "image\/png"\]$/,
      ],
      [
        'another key',
        async () => post({ ...(await presignPost('mine.png')).fields, key: 'someone-elses.png' }),
        403,
        'AccessDenied',
        /Policy Condition failed: \["eq", "\$key", "mine.png"\]/,
      ],
      [
        'expired policy',
        async () => post((await presignPost('late.png', { Expires: -5 })).fields),
        403,
        'AccessDenied',
        /^Invalid according to Policy: Policy expired\.$/,
      ],
      [
        'tampered signature',
        async () => {
          const { fields } = await presignPost('sig.png');
          const s = fields['X-Amz-Signature']!;
          return post({ ...fields, 'X-Amz-Signature': `${s.slice(0, -1)}${s.endsWith('a') ? 'b' : 'a'}` });
        },
        403,
        'SignatureDoesNotMatch',
      ],
      [
        'tampered policy',
        async () => {
          const { fields } = await presignPost('policy.png');
          const policy = Buffer.from(fields.Policy!, 'base64').toString('utf8').replace('1024', '99999999');
          return post({ ...fields, Policy: Buffer.from(policy).toString('base64') }, big);
        },
        403,
        'SignatureDoesNotMatch',
      ],
      [
        'unknown key id',
        async () => {
          const stranger = withKey({ accessKeyId: 'AKIASOMEONEELSE00000', secretAccessKey: 'x' });
          return post((await presignPost('stranger.png', { via: stranger })).fields);
        },
        403,
        'InvalidAccessKeyId',
      ],
      [
        'a field no condition covers',
        async () => post({ ...(await presignPost('extra.png')).fields, 'x-amz-meta-owner': 'mallory' }),
        403,
        'AccessDenied',
        /^Invalid according to Policy: Extra input fields: x-amz-meta-owner$/,
      ],
      [
        'no file',
        async () => {
          const form = new FormData();
          for (const [k, v] of Object.entries((await presignPost('nofile.png')).fields)) form.append(k, v);
          return fetch(`${endpoint}/${bucket}`, { method: 'POST', body: form });
        },
        400,
        'InvalidArgument',
      ],
      [
        'not a form',
        async () =>
          fetch(`${endpoint}/${bucket}`, { method: 'POST', body: 'key=x', headers: { 'content-type': 'text/plain' } }),
        400,
        'MalformedPOSTRequest',
      ],
    ];
    for (const [what, attempt, status, code, message] of cases) {
      const error = await errorOf(await attempt());
      expect({ what, status: error.status, code: error.code }).toEqual({ what, status, code });
      if (message) expect(error.message, what).toMatch(message);
    }
    for (const key of ['big.png', 'html.png', 'someone-elses.png', 'late.png', 'policy.png', 'extra.png'])
      await expect(client.send(new HeadObjectCommand({ Bucket: bucket, Key: key })), key).rejects.toMatchObject({
        name: 'NotFound',
      });
  });

  it('answers CORS preflights from the template rules: the storefront yes, another origin no', async () => {
    const preflight = (origin: string) =>
      fetch(`${endpoint}/${bucket}`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight('http://localhost:4000');
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:4000');
    expect(allowed.headers.get('access-control-allow-methods')).toBe('POST, GET');
    expect(allowed.headers.get('access-control-allow-headers')).toBe('content-type');
    expect(allowed.headers.get('access-control-max-age')).toBe('3000');
    expect(await errorOf(await preflight('https://evil.example'))).toMatchObject({
      status: 403,
      code: 'AccessForbidden',
      message: expect.stringMatching(/^CORSResponse: This CORS request is not allowed/),
    });
    const put = await fetch(`${endpoint}/${bucket}/x`, {
      method: 'OPTIONS',
      headers: { origin: STOREFRONT, 'access-control-request-method': 'PUT' },
    });
    expect(put.status).toBe(403);
  });

  it('has the CDN serve GET and HEAD only, 403 for a missing key (OAC grants GetObject, not ListBucket)', async () => {
    expect((await fetch(`${cdn}/no/such/key.png`)).status).toBe(403);
    expect((await fetch(`${cdn}/x`, { method: 'PUT', body: 'x' })).status).toBe(403);
    expect((await fetch(`${cdn}/`)).status).toBe(403);
  });

  it('keeps buckets and objects across a restart, provisioning again without harm', async () => {
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: 'kept.txt', Body: 'still here' }));
    await twins.stop();
    twins = await startTwins([s3Twin], artifact, emptyOutputs(), () => context(artifact));
    client.destroy();
    client = localS3Client(context(artifact), twins.outputs.client.s3Endpoint!);
    expect(twins.outputs.client.bucket).toBe(bucket);
    const got = await client.send(new GetObjectCommand({ Bucket: bucket, Key: 'kept.txt' }));
    expect(await got.Body!.transformToString()).toBe('still here');
  });
});
