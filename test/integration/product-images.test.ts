// Product images through `npm start` with the clients a shop uses: the admin asks for a presigned POST
// over GraphQL, posts a real PNG as multipart form data with plain fetch (as a browser form would),
// attaches it, and an anonymous shopper downloads the same bytes from the product's image URL.
// Everything S3 refuses is refused by the local S3 with S3's status and XML code.
import { randomBytes } from 'node:crypto';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../support/cognito-tokens.ts';
import { graphql } from '../support/graphql-client.ts';
import { makePng } from '../support/png.ts';
import { startShopProcess, type ShopProcess } from '../support/shop-process.ts';
import { signUpShopper } from '../support/shop-shoppers.ts';

let shop: ShopProcess;
let adminToken: string;
let categoryId: string;

interface Upload {
  url: string;
  fields: string;
  key: string;
  expiresAt: string;
  maxBytes: number;
}

const UPLOAD =
  'mutation($p: ID!, $t: String!, $n: Int!) { createProductImageUpload(productId: $p, contentType: $t, ' +
  'contentLength: $n) { url fields key expiresAt maxBytes } }';
const IMAGES = 'id status images { key url alt contentType }';
const ATTACH =
  'mutation($p: ID!, $k: String!, $a: String) { attachProductImage(productId: $p, key: $k, alt: $a) { ' +
  `${IMAGES} } }`;
const REMOVE = `mutation($p: ID!, $k: String!) { removeProductImage(productId: $p, key: $k) { ${IMAGES} } }`;
const READ = `query($id: ID!) { product(id: $id) { ${IMAGES} } }`;

const admin = (query: string, variables: Record<string, unknown> = {}) =>
  graphql(shop.outputs.graphqlUrl, query, variables, { authorization: adminToken });
const anonymous = (query: string, variables: Record<string, unknown> = {}) =>
  graphql(shop.outputs.graphqlUrl, query, variables, { 'x-api-key': shop.outputs.apiKey });

async function createProduct(slug: string): Promise<string> {
  const out = await admin('mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }', {
    input: {
      slug,
      name: `Lamp ${slug}`,
      categoryId,
      status: 'ACTIVE',
      variants: [{ sku: slug.toUpperCase(), name: 'One size', price: { amount: 2500 }, stock: 3 }],
    },
  });
  expect(out.body.errors).toBeUndefined();
  return out.body.data.createProduct.id as string;
}

async function askUpload(productId: string, contentType: string, length: number): Promise<Upload> {
  const out = await admin(UPLOAD, { p: productId, t: contentType, n: length });
  expect(out.body.errors).toBeUndefined();
  return out.body.data.createProductImageUpload as Upload;
}

/** Posts the form exactly as a browser does: the fields in order, then the file last. */
async function post(upload: Upload, file: Buffer, type: string, change: Record<string, string> = {}) {
  const form = new FormData();
  const fields = { ...(JSON.parse(upload.fields) as Record<string, string>), ...change };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([file], { type }), 'image.png');
  const response = await fetch(upload.url, { method: 'POST', body: form });
  const text = await response.text();
  return { status: response.status, code: /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? null, text };
}

beforeAll(async () => {
  shop = await startShopProcess({ args: ['--no-seed'] });
  adminToken = (await signIn(shop.outputs, 'admin@example.com')).idToken;
  const cat = await admin('mutation { createCategory(input: { slug: "lamps", name: "Lamps" }) { id } }');
  categoryId = cat.body.data.createCategory.id;
}, 120_000);
afterAll(async () => {
  await shop?.stop();
});

describe('an admin uploads an image and a shopper sees it', () => {
  it('presigns, posts a real PNG, attaches it, and the anonymous product page serves the same bytes', async () => {
    expect(shop.outputs.bucket).toEqual(expect.any(String));
    expect(shop.outputs.s3Endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const productId = await createProduct('desk-lamp');
    const png = makePng(16, 16);
    const upload = await askUpload(productId, 'image/png', png.length);
    expect(upload.key).toMatch(new RegExp(`^products/${productId}/[0-9A-Z]{26}\\.png$`));
    expect(upload.maxBytes).toBe(png.length);
    const lifetime = Date.parse(upload.expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(4 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(5 * 60_000 + 1000);
    expect(upload.url.startsWith(shop.outputs.s3Endpoint as string)).toBe(true);

    const posted = await post(upload, png, 'image/png');
    expect(posted).toMatchObject({ status: 204 });

    const attached = await admin(ATTACH, { p: productId, k: upload.key, a: 'A brass desk lamp' });
    expect(attached.body.errors).toBeUndefined();
    expect(attached.body.data.attachProductImage.images).toEqual([
      { key: upload.key, url: expect.any(String), alt: 'A brass desk lamp', contentType: 'image/png' },
    ]);
    const again = await admin(ATTACH, { p: productId, k: upload.key, a: 'A brass desk lamp' });
    expect(again.body.data.attachProductImage.images).toHaveLength(1);

    const read = await anonymous(READ, { id: productId });
    expect(read.body.errors).toBeUndefined();
    const [image] = read.body.data.product.images;
    const served = await fetch(image.url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
  });

  it('keeps the images when the product is archived; removing one detaches it and deletes the object', async () => {
    const productId = await createProduct('floor-lamp');
    const png = makePng(4, 4, [10, 20, 30]);
    const upload = await askUpload(productId, 'image/png', png.length);
    expect((await post(upload, png, 'image/png')).status).toBe(204);
    expect((await admin(ATTACH, { p: productId, k: upload.key })).body.errors).toBeUndefined();
    const archived = await admin(
      'mutation($id: ID!) { updateProduct(input: { id: $id, expectedVersion: 1, status: ARCHIVED }) { id } }',
      { id: productId },
    );
    expect(archived.body.errors).toBeUndefined();
    const kept = await admin(READ, { id: productId });
    expect(kept.body.data.product.images.map((i: { key: string }) => i.key)).toEqual([upload.key]);

    const removed = await admin(REMOVE, { p: productId, k: upload.key });
    expect(removed.body.errors).toBeUndefined();
    expect(removed.body.data.removeProductImage.images).toEqual([]);
    const s3 = new S3Client({
      endpoint: shop.outputs.s3Endpoint as string,
      region: shop.outputs.region,
      forcePathStyle: true,
      credentials: shop.outputs.iam,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    const head = () =>
      s3.send(new HeadObjectCommand({ Bucket: shop.outputs.bucket as string, Key: upload.key })).then(
        () => 'there',
        (err: { name?: string }) => err.name,
      );
    let state = await head();
    for (let i = 0; i < 40 && state === 'there'; i++) {
      await new Promise((r) => setTimeout(r, 250));
      state = await head();
    }
    expect(state).toBe('NotFound');
    const missing = await admin(REMOVE, { p: productId, k: upload.key });
    expect(missing.body.errors?.[0]?.errorType).toBe('NotFound');
  });
});

describe('what S3 refuses, the local S3 refuses with the same codes', () => {
  let productId: string;
  beforeAll(async () => {
    productId = await createProduct('refusals-lamp');
  });

  it('refuses a file larger than asked for (EntityTooLarge) and an empty one (EntityTooSmall)', async () => {
    const upload = await askUpload(productId, 'image/png', 100);
    const tooBig = Buffer.concat([makePng(), randomBytes(200)]);
    expect(await post(upload, tooBig, 'image/png')).toMatchObject({ status: 400, code: 'EntityTooLarge' });
    expect(await post(upload, Buffer.alloc(0), 'image/png')).toMatchObject({ status: 400, code: 'EntityTooSmall' });
  });

  it('refuses another content type, another key, a tampered signature or policy', async () => {
    const png = makePng();
    const upload = await askUpload(productId, 'image/png', png.length);
    const fields = JSON.parse(upload.fields) as Record<string, string>;
    const signatureField = Object.keys(fields).find((k) => k.toLowerCase() === 'x-amz-signature') as string;
    const policyField = Object.keys(fields).find((k) => k.toLowerCase() === 'policy') as string;
    expect(await post(upload, png, 'text/html', { 'Content-Type': 'text/html' })).toMatchObject({
      status: 403,
      code: 'AccessDenied',
    });
    expect(await post(upload, png, 'image/png', { key: `products/${productId}/OTHER.png` })).toMatchObject({
      status: 403,
      code: 'AccessDenied',
    });
    const signature = fields[signatureField] as string;
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('0') ? '1' : '0'}`;
    expect(await post(upload, png, 'image/png', { [signatureField]: flipped })).toMatchObject({
      status: 403,
      code: 'SignatureDoesNotMatch',
    });
    const policy = JSON.parse(Buffer.from(fields[policyField] as string, 'base64').toString('utf8'));
    policy.conditions = policy.conditions.map((c: unknown) =>
      Array.isArray(c) && c[0] === 'content-length-range' ? ['content-length-range', 1, 10_485_760] : c,
    );
    const widened = Buffer.from(JSON.stringify(policy)).toString('base64');
    expect(await post(upload, png, 'image/png', { [policyField]: widened })).toMatchObject({
      status: 403,
      code: 'SignatureDoesNotMatch',
    });
    // nothing of it was stored: the key is still not attachable
    const attach = await admin(ATTACH, { p: productId, k: upload.key });
    expect(attach.body.errors?.[0]?.errorType).toBe('NotFound');
  });

  it('refuses an expired policy (AccessDenied)', async () => {
    const s3 = new S3Client({
      endpoint: shop.outputs.s3Endpoint as string,
      region: shop.outputs.region,
      forcePathStyle: true,
      credentials: shop.outputs.iam,
    });
    const key = `products/${productId}/01EXPIREDEXPIREDEXPIRED000.png`;
    const expired = await createPresignedPost(s3, {
      Bucket: shop.outputs.bucket as string,
      Key: key,
      Expires: 1,
      Conditions: [['content-length-range', 1, 1000]],
    });
    await new Promise((r) => setTimeout(r, 2100));
    const upload = { url: expired.url, fields: JSON.stringify(expired.fields), key, expiresAt: '', maxBytes: 1000 };
    const posted = await post(upload, makePng(), 'image/png');
    expect(posted).toMatchObject({ status: 403, code: 'AccessDenied' });
    expect(posted.text).toContain('expired');
  });
});

describe('who may upload and attach', () => {
  it('refuses an upload to a non-admin with Unauthorized, and to an anonymous caller', async () => {
    const productId = await createProduct('shopper-lamp');
    const shopper = await signUpShopper(shop.outputs, 'no-uploads');
    const out = await shopper.call(UPLOAD, { p: productId, t: 'image/png', n: 100 });
    expect(out.body.data).toBeNull();
    expect(out.body.errors?.[0]?.errorType).toBe('Unauthorized');
    const anon = await anonymous(UPLOAD, { p: productId, t: 'image/png', n: 100 });
    expect(anon.body.errors?.[0]?.errorType).toBe('Unauthorized');
  });

  it('refuses bad uploads and attachments with NotFound and ValidationError, changing nothing', async () => {
    const productId = await createProduct('picky-lamp');
    const otherId = await createProduct('other-lamp');
    const type = await admin(UPLOAD, { p: productId, t: 'text/html', n: 100 });
    expect(type.body.errors?.[0]?.errorType).toBe('ValidationError');
    const big = await admin(UPLOAD, { p: productId, t: 'image/png', n: 10_485_761 });
    expect(big.body.errors?.[0]?.errorType).toBe('ValidationError');
    const unknown = await admin(UPLOAD, { p: '01J00000000000000000000000', t: 'image/png', n: 100 });
    expect(unknown.body.errors?.[0]?.errorType).toBe('NotFound');

    const never = await admin(ATTACH, { p: productId, k: `products/${productId}/01J00000000000000000000000.png` });
    expect(never.body.errors?.[0]?.errorType).toBe('NotFound');
    const png = makePng();
    const theirs = await askUpload(otherId, 'image/png', png.length);
    expect((await post(theirs, png, 'image/png')).status).toBe(204);
    const foreign = await admin(ATTACH, { p: productId, k: theirs.key });
    expect(foreign.body.errors?.[0]?.errorType).toBe('ValidationError');
    const read = await admin(READ, { id: productId });
    expect(read.body.data.product.images).toEqual([]);
  });

  it('lets the storefront origin post from a browser (CORS preflight)', async () => {
    const productId = await createProduct('cors-lamp');
    const upload = await askUpload(productId, 'image/png', 100);
    const origin = new URL(shop.outputs.graphqlUrl).origin;
    const preflight = await fetch(upload.url, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(200);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    const stranger = await fetch(upload.url, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(stranger.status).toBe(403);
  });
});
