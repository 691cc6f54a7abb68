// The image-uploads function: the presigned POST it signs (the decoded policy's conditions exactly,
// the form fields, a signature S3 would compute, the key shape, a 5-minute expiry) and what it refuses.
// Presigning is local computation, so a real S3Client with static credentials needs no network.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ulid } from '../../functions/lib/ulid.ts';

const BUCKET = 'shop-images-test';
const KEYS = { accessKeyId: 'AKIDIMAGEUPLOADS', secretAccessKey: 'image-uploads-secret' };
const TAGGING = '<Tagging><TagSet><Tag><Key>shop-image</Key><Value>pending</Value></Tag></TagSet></Tagging>';
const saved = { ...process.env };

function setEnv(endpoint?: string) {
  process.env.AWS_REGION = 'eu-west-1';
  process.env.BUCKET_NAME = BUCKET;
  process.env.AWS_ACCESS_KEY_ID = KEYS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = KEYS.secretAccessKey;
  delete process.env.AWS_SESSION_TOKEN;
  if (endpoint) process.env.AWS_ENDPOINT_URL_S3 = endpoint;
  else delete process.env.AWS_ENDPOINT_URL_S3;
}

/** A fresh module each time: the function keeps one S3 client per container, made from the environment. */
async function freshHandler() {
  vi.resetModules();
  return (await import('../../functions/image-uploads/index.ts')).handler;
}

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();

/** SigV4 for a POST policy: HMAC of the base64 policy with the day's s3 signing key (S3 API reference). */
function expectedSignature(policy: string, date: string, region: string): string {
  const day = hmac(hmac(hmac(hmac(`AWS4${KEYS.secretAccessKey}`, date), region), 's3'), 'aws4_request');
  return createHmac('sha256', day).update(policy).digest('hex');
}

afterAll(() => {
  process.env = saved;
});

describe('the presigned POST', () => {
  let handler: Awaited<ReturnType<typeof freshHandler>>;
  beforeAll(async () => {
    setEnv();
    handler = await freshHandler();
  });

  it('binds the bucket, key, content type, size range and pending tag, for 5 minutes', async () => {
    const before = Date.now();
    const upload = await handler({ productId: '01PROD', contentType: 'image/png', contentLength: 2048 });
    expect(upload.key).toMatch(/^products\/01PROD\/[0-9A-HJKMNP-TV-Z]{26}\.png$/);
    expect(upload.maxBytes).toBe(2048);
    expect(upload.url).toBe(`https://${BUCKET}.s3.eu-west-1.amazonaws.com/`);

    const { fields } = upload;
    expect(Object.keys(fields).sort()).toEqual(
      [
        'Content-Type',
        'Policy',
        'X-Amz-Algorithm',
        'X-Amz-Credential',
        'X-Amz-Date',
        'X-Amz-Signature',
        'bucket',
        'key',
        'tagging',
      ].sort(),
    );
    const date = fields['X-Amz-Date']!;
    expect(date).toMatch(/^\d{8}T\d{6}Z$/);
    const credential = `${KEYS.accessKeyId}/${date.slice(0, 8)}/eu-west-1/s3/aws4_request`;
    expect(fields).toMatchObject({
      'Content-Type': 'image/png',
      tagging: TAGGING,
      bucket: BUCKET,
      key: upload.key,
      'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
      'X-Amz-Credential': credential,
    });

    const policy = JSON.parse(Buffer.from(fields.Policy!, 'base64').toString('utf8'));
    expect(policy.conditions).toEqual([
      // ours, in the order given
      { bucket: BUCKET },
      ['eq', '$key', upload.key],
      ['eq', '$Content-Type', 'image/png'],
      ['content-length-range', 1, 2048],
      ['eq', '$tagging', TAGGING],
      // the library binds every form field it sends as well ({bucket} is already there)
      { 'Content-Type': 'image/png' },
      { tagging: TAGGING },
      { 'X-Amz-Algorithm': 'AWS4-HMAC-SHA256' },
      { 'X-Amz-Credential': credential },
      { 'X-Amz-Date': date },
      { key: upload.key },
    ]);
    expect(Object.keys(policy)).toEqual(['expiration', 'conditions']);
    expect(new Date(policy.expiration).toISOString()).toBe(upload.expiresAt);
    const lifetime = Date.parse(upload.expiresAt) - before;
    expect(lifetime).toBeGreaterThan(298_000);
    expect(lifetime).toBeLessThanOrEqual(300_000);
    expect(fields['X-Amz-Signature']).toBe(expectedSignature(fields.Policy!, date.slice(0, 8), 'eu-west-1'));
  });

  it.each([
    ['image/jpeg', 'jpg'],
    ['image/png', 'png'],
    ['image/webp', 'webp'],
    ['image/avif', 'avif'],
  ])('names a %s upload *.%s, a fresh key each time', async (contentType, extension) => {
    const a = await handler({ productId: '01PROD', contentType, contentLength: 1 });
    const b = await handler({ productId: '01PROD', contentType, contentLength: 10485760 });
    expect(a.key.endsWith(`.${extension}`)).toBe(true);
    expect(b.key).not.toBe(a.key);
    expect(b.maxBytes).toBe(10485760);
  });

  it.each([
    [{ productId: '01PROD', contentType: 'image/gif', contentLength: 10 }, 'contentType must be one of'],
    [{ productId: '01PROD', contentType: 'IMAGE/PNG', contentLength: 10 }, 'contentType must be one of'],
    [{ productId: '01PROD', contentType: 'image/png', contentLength: 0 }, 'contentLength must be an integer'],
    [{ productId: '01PROD', contentType: 'image/png', contentLength: 10485761 }, 'contentLength must be'],
    [{ productId: '01PROD', contentType: 'image/png', contentLength: 1.5 }, 'contentLength must be'],
    [{ productId: '01PROD', contentType: 'image/png', contentLength: '10' }, 'contentLength must be'],
    [{ productId: '../01PROD', contentType: 'image/png', contentLength: 10 }, 'productId must be'],
    [{ contentType: 'image/png', contentLength: 10 }, 'productId must be'],
    [null, 'productId must be'],
  ])('refuses %j as a ValidationError', async (event, message) => {
    const refused = await handler(event).catch((err: Error) => err);
    expect(refused).toBeInstanceOf(Error);
    expect((refused as Error).name).toBe('ValidationError');
    expect((refused as Error).message.startsWith('ValidationError: ')).toBe(true);
    expect((refused as Error).message).toContain(message);
  });
});

describe('against the local S3 twin', () => {
  it('posts to the endpoint path-style when AWS_ENDPOINT_URL_S3 is set', async () => {
    setEnv('http://127.0.0.1:4569');
    const handler = await freshHandler();
    const upload = await handler({ productId: '01PROD', contentType: 'image/webp', contentLength: 5 });
    expect(upload.url).toBe(`http://127.0.0.1:4569/${BUCKET}`);
  });
});

describe('ulid', () => {
  it('is 26 Crockford characters whose first ten encode the time, so later ids sort later', () => {
    const early = ulid(1_700_000_000_000);
    const late = ulid(1_700_000_000_001);
    expect(early).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    // the spec's time encoding, checked against the reference `ulid` package's encodeTime
    expect(early.slice(0, 10)).toBe('01HF7YAT00');
    expect(ulid(0).slice(0, 10)).toBe('0000000000');
    expect(ulid(2 ** 48 - 1).slice(0, 10)).toBe('7ZZZZZZZZZ');
    expect(late > early).toBe(true);
    expect(new Set(Array.from({ length: 100 }, () => ulid())).size).toBe(100);
  });
});
