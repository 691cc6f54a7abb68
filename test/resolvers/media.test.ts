// Image resolvers: who may call them, each refusal, the exact requests (the Lambda Invoke payloads,
// the conditional UpdateItems) and how results and data-source errors map to the contract; then the
// UpdateItems themselves on DynamoDB Local (duplicates, the 10-image cap under a race, a stale index).
import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDynamoDbDataSource, type DataSource } from '../../local/datasources/index.ts';
import { builtResolvers } from '../support/built-resolvers.ts';
import { createTable, uniqueTableName, useDynamoDbLocal } from '../support/dynamodb-local.ts';
import { callers, ENV, ISO_TIME, run } from '../support/resolver-harness.ts';
import { productItem, productOut } from './fixtures.ts';

const admin = { identity: callers.admin };
const PRODUCT = '01JPRD00000000000000000000';
const UPLOAD = 'media/Mutation.createProductImageUpload';
const ATTACH = 'media/Mutation.attachProductImage';
const REMOVE = 'media/Mutation.removeProductImage';
const KEY = 'products/01JPRD00000000000000000000/01JF8ZQ4V6N4D7Y3K2H1G0F9E8.png';
const OTHER_KEY = 'products/01JPRD00000000000000000000/01JF8ZQ4V6N4D7Y3K2H1G0F9E9.webp';
const PRODUCT_KEY = { pk: { S: 'PRODUCT#01JPRD00000000000000000000' }, sk: { S: 'PRODUCT' } };
const image = (key: string, alt: string | null = null, contentType = 'image/png') => ({ key, alt, contentType });
const withImages = (keys: string[]) =>
  productItem({ images: keys.map((k) => image(k)), imageKeys: keys }) as ReturnType<typeof productItem>;
const tenKeys = Array.from(
  { length: 10 },
  (_, i) => `products/01JPRD00000000000000000000/01JF8ZQ4V6N4D7Y3K2H1G0F9${10 + i}.png`,
);
// The one build of resolvers/ takes longer than a test's budget on a busy machine.
beforeAll(() => builtResolvers().then(() => undefined));

const notAdmins = [
  ['a shopper', callers.shopper],
  ['an anonymous caller', callers.anonymous],
] as const;

describe('Mutation.createProductImageUpload', () => {
  const args = { productId: '01JPRD00000000000000000000', contentType: 'image/png', contentLength: 2048 };

  it.each(notAdmins)('refuses %s as Unauthorized', async (_who, identity) => {
    const { error } = await run(`${UPLOAD}/index`, 'request', { identity, arguments: args });
    expect(error).toMatchObject({ errorType: 'Unauthorized', message: 'createProductImageUpload is for admins' });
  });

  it('checks the content type and length before anything is read, naming each field', async () => {
    const { error } = await run(`${UPLOAD}/index`, 'request', {
      ...admin,
      arguments: { productId: '01JPRD00000000000000000000', contentType: 'image/gif', contentLength: 10485761 },
    });
    expect(error).toEqual({
      message:
        'contentType must be one of image/jpeg, image/png, image/webp, image/avif; ' +
        'contentLength must be an integer from 1 to 10485760 (10 MiB)',
      errorType: 'ValidationError',
      data: null,
      errorInfo: { fields: ['contentType', 'contentLength'] },
    });
    const empty = await run(`${UPLOAD}/index`, 'request', { ...admin, arguments: { ...args, contentLength: 0 } });
    expect(empty.error).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: ['contentLength'] } });
    const ok = await run(`${UPLOAD}/index`, 'request', { ...admin, arguments: args });
    expect(ok.result).toEqual({});
  });

  it('reads the product consistently; an unknown product is NotFound', async () => {
    const { result } = await run(`${UPLOAD}/01.getProduct`, 'request', { ...admin, arguments: args });
    expect(result).toEqual({ operation: 'GetItem', key: PRODUCT_KEY, consistentRead: true });
    const missing = await run(`${UPLOAD}/01.getProduct`, 'response', { ...admin, arguments: args, result: null });
    expect(missing.error).toMatchObject({
      errorType: 'NotFound',
      message: 'productId: no product 01JPRD00000000000000000000',
      errorInfo: { fields: ['productId'] },
    });
    const found = await run(`${UPLOAD}/01.getProduct`, 'response', {
      ...admin,
      arguments: args,
      result: productItem(),
    });
    expect(found.error).toBeUndefined();
  });

  it('invokes media with exactly the product, content type and length', async () => {
    const { result } = await run(`${UPLOAD}/02.sign.media`, 'request', { ...admin, arguments: args });
    expect(result).toEqual({ operation: 'Invoke', payload: args });
  });

  it('answers the ImageUpload with fields as an AWSJSON string', async () => {
    const fields = { key: KEY, 'Content-Type': 'image/png', Policy: 'eyJ9', 'X-Amz-Signature': 'abc' };
    const { result } = await run(`${UPLOAD}/02.sign.media`, 'response', {
      ...admin,
      arguments: args,
      result: {
        url: 'https://b.s3.amazonaws.com/',
        fields,
        key: KEY,
        expiresAt: '2026-12-02T10:05:00.000Z',
        maxBytes: 2048,
      },
    });
    expect(result).toEqual({
      url: 'https://b.s3.amazonaws.com/',
      fields: JSON.stringify(fields),
      key: KEY,
      expiresAt: '2026-12-02T10:05:00.000Z',
      maxBytes: 2048,
    });
  });

  it("maps the signer's refusal to ValidationError and any other failure to a clear Lambda error", async () => {
    const refused = await run(`${UPLOAD}/02.sign.media`, 'response', {
      ...admin,
      arguments: args,
      error: { type: 'Lambda:Unhandled', message: 'ValidationError: contentType must be one of image/jpeg' },
    });
    expect(refused.error).toMatchObject({
      errorType: 'ValidationError',
      message: 'contentType must be one of image/jpeg',
    });
    const broken = await run(`${UPLOAD}/02.sign.media`, 'response', {
      ...admin,
      arguments: args,
      error: { type: 'Lambda:Unhandled', message: 'BUCKET_NAME must be set' },
    });
    expect(broken.error).toMatchObject({
      errorType: 'Lambda:Unhandled',
      message: 'the image upload signer (media) failed with Lambda:Unhandled: BUCKET_NAME must be set',
    });
  });
});

describe('Mutation.attachProductImage', () => {
  const args = { productId: '01JPRD00000000000000000000', key: KEY, alt: '  A blue mug ' };

  it.each(notAdmins)('refuses %s as Unauthorized', async (_who, identity) => {
    const { error } = await run(`${ATTACH}/index`, 'request', { identity, arguments: args });
    expect(error).toMatchObject({ errorType: 'Unauthorized', message: 'attachProductImage is for admins' });
  });

  it.each([
    ['a key of another product', 'products/01JTHR00000000000000000000/01JF8ZQ4V6N4D7Y3K2H1G0F9E8.png'],
    ['a key outside products/', 'uploads/01JF8ZQ4V6N4D7Y3K2H1G0F9E8.png'],
    [
      'a key that climbs out of the prefix',
      'products/01JPRD00000000000000000000/../01JTHR00000000000000000000/01JF8ZQ4V6N4D7Y3K2H1G0F9E8.png',
    ],
    ['a key with another extension', 'products/01JPRD00000000000000000000/01JF8ZQ4V6N4D7Y3K2H1G0F9E8.gif'],
    ['a key not made by the signer', 'products/01JPRD00000000000000000000/picture.png'],
  ])('refuses %s as a ValidationError naming key', async (_what, key) => {
    const { error } = await run(`${ATTACH}/index`, 'request', { ...admin, arguments: { ...args, key } });
    expect(error).toMatchObject({
      errorType: 'ValidationError',
      message:
        'key must be a key createProductImageUpload returned for this product ' + `(products/${PRODUCT}/<ulid>.<ext>)`,
      errorInfo: { fields: ['key'] },
    });
  });

  it('refuses alt text over 300 characters; keeps the trimmed alt (or null) for the write', async () => {
    const long = await run(`${ATTACH}/index`, 'request', { ...admin, arguments: { ...args, alt: 'a'.repeat(301) } });
    expect(long.error).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: ['alt'] } });
    const ok = await run(`${ATTACH}/index`, 'request', { ...admin, arguments: args });
    expect(ok.stash.image).toEqual({ key: KEY, alt: 'A blue mug' });
    const none = await run(`${ATTACH}/index`, 'request', {
      ...admin,
      arguments: { productId: '01JPRD00000000000000000000', key: KEY },
    });
    expect(none.stash.image).toEqual({ key: KEY, alt: null });
  });

  it('reads the product: NotFound when missing, ValidationError at 10 images, unchanged when attached', async () => {
    const missing = await run(`${ATTACH}/01.getProduct`, 'response', { ...admin, arguments: args, result: null });
    expect(missing.error).toMatchObject({ errorType: 'NotFound', errorInfo: { fields: ['productId'] } });
    const full = await run(`${ATTACH}/01.getProduct`, 'response', {
      ...admin,
      arguments: args,
      result: withImages(tenKeys),
    });
    expect(full.error).toMatchObject({
      errorType: 'ValidationError',
      message: 'productId: the product already has 10 images; remove one first',
    });
    const attached = await run(`${ATTACH}/01.getProduct`, 'response', {
      ...admin,
      arguments: args,
      result: withImages([OTHER_KEY, KEY]),
    });
    expect(attached.stash.unchanged).toBe(true);
    expect(attached.result).toEqual(productOut({ images: [image(OTHER_KEY), image(KEY)] }));
    const fresh = await run(`${ATTACH}/01.getProduct`, 'response', {
      ...admin,
      arguments: args,
      result: productItem(),
    });
    expect(fresh.stash.unchanged).toBeUndefined();
    expect(fresh.result).toEqual(productOut());
  });

  it('asks imageStore to inspect exactly the key, unless the image is already attached', async () => {
    const { result } = await run(`${ATTACH}/02.inspect.imageStore`, 'request', { ...admin, arguments: args });
    expect(result).toEqual({ operation: 'Invoke', payload: { action: 'inspect', key: KEY } });
    const skipped = await run(`${ATTACH}/02.inspect.imageStore`, 'request', {
      ...admin,
      arguments: args,
      stash: { unchanged: true },
      prev: { result: productOut() },
    });
    expect(skipped.result).toEqual(productOut());
  });

  it('attaches only a stored object of an allowed type', async () => {
    const stash = { image: { key: KEY, alt: 'A blue mug' } };
    const never = await run(`${ATTACH}/02.inspect.imageStore`, 'response', {
      ...admin,
      arguments: args,
      stash,
      result: { exists: false, contentType: null, size: null },
    });
    expect(never.error).toMatchObject({
      errorType: 'NotFound',
      message: `key: nothing has been uploaded under ${KEY}`,
      errorInfo: { fields: ['key'] },
    });
    const html = await run(`${ATTACH}/02.inspect.imageStore`, 'response', {
      ...admin,
      arguments: args,
      stash,
      result: { exists: true, contentType: 'text/html', size: 10 },
    });
    expect(html.error).toMatchObject({
      errorType: 'ValidationError',
      message: 'key: the stored object is text/html, not one of image/jpeg, image/png, image/webp, image/avif',
    });
    const ok = await run(`${ATTACH}/02.inspect.imageStore`, 'response', {
      ...admin,
      arguments: args,
      stash,
      prev: { result: productOut() },
      result: { exists: true, contentType: 'image/png', size: 10 },
    });
    expect(ok.stash.image).toEqual({ key: KEY, alt: 'A blue mug', contentType: 'image/png' });
    expect(ok.result).toEqual(productOut());
    const broken = await run(`${ATTACH}/02.inspect.imageStore`, 'response', {
      ...admin,
      arguments: args,
      stash,
      error: { type: 'Lambda:Unhandled', message: 'Access Denied' },
    });
    expect(broken.error).toMatchObject({
      errorType: 'Lambda:Unhandled',
      message: 'the image store (imageStore) failed with Lambda:Unhandled: Access Denied',
    });
  });

  it('appends with one UpdateItem: product exists, key not yet there, under 10; updatedAt, not version', async () => {
    const { result } = await run(`${ATTACH}/03.attach`, 'request', {
      ...admin,
      arguments: args,
      stash: { image: { key: KEY, alt: 'A blue mug', contentType: 'image/png' } },
    });
    const now = result.update.expressionValues[':now'].S;
    expect(now).toMatch(ISO_TIME);
    expect(result).toEqual({
      operation: 'UpdateItem',
      key: PRODUCT_KEY,
      update: {
        expression:
          'SET #images = list_append(if_not_exists(#images, :none), :image), ' +
          '#imageKeys = list_append(if_not_exists(#imageKeys, :none), :keys), #updatedAt = :now',
        expressionNames: { '#images': 'images', '#imageKeys': 'imageKeys', '#updatedAt': 'updatedAt' },
        expressionValues: {
          ':none': { L: [] },
          ':image': { L: [{ M: { key: { S: KEY }, alt: { S: 'A blue mug' }, contentType: { S: 'image/png' } } }] },
          ':keys': { L: [{ S: KEY }] },
          ':now': { S: now },
        },
      },
      condition: {
        expression:
          'attribute_exists(#pk) AND NOT contains(#imageKeys, :key) ' +
          'AND (attribute_not_exists(#images) OR size(#images) < :max)',
        expressionNames: { '#pk': 'pk', '#imageKeys': 'imageKeys', '#images': 'images' },
        expressionValues: { ':key': { S: KEY }, ':max': { N: 10 } },
      },
    });
    const noAlt = await run(`${ATTACH}/03.attach`, 'request', {
      ...admin,
      arguments: args,
      stash: { image: { key: KEY, alt: null, contentType: 'image/png' } },
    });
    expect(noAlt.result.update.expressionValues[':image'].L[0].M.alt).toEqual({ NULL: null });
  });

  it('answers the written product; a refused append goes to the explanation step', async () => {
    const written = { ...withImages([KEY]), images: [image(KEY, 'A blue mug')], updatedAt: '2026-12-02T10:00:00.000Z' };
    const ok = await run(`${ATTACH}/03.attach`, 'response', { ...admin, arguments: args, result: written });
    expect(ok.result).toEqual(
      productOut({ images: [image(KEY, 'A blue mug')], updatedAt: '2026-12-02T10:00:00.000Z', version: 3 }),
    );
    const refused = await run(`${ATTACH}/03.attach`, 'response', {
      ...admin,
      arguments: args,
      error: { type: 'DynamoDB:ConditionalCheckFailedException', message: 'The conditional request failed' },
    });
    expect(refused.result).toBeNull();
    expect(refused.stash.refused).toBe(true);
    const skipped = await run(`${ATTACH}/03.attach`, 'request', {
      ...admin,
      arguments: args,
      stash: { unchanged: true },
      prev: { result: productOut() },
    });
    expect(skipped.result).toEqual(productOut());
  });

  it('explains a refused append from a fresh read: NotFound, same image won, 10 images, or Conflict', async () => {
    const context = { ...admin, arguments: args, stash: { refused: true } };
    const get = await run(`${ATTACH}/04.explainRefusal`, 'request', context);
    expect(get.result).toEqual({ operation: 'GetItem', key: PRODUCT_KEY, consistentRead: true });
    const passed = await run(`${ATTACH}/04.explainRefusal`, 'request', {
      ...admin,
      arguments: args,
      stash: {},
      prev: { result: productOut() },
    });
    expect(passed.result).toEqual(productOut());
    const gone = await run(`${ATTACH}/04.explainRefusal`, 'response', { ...context, result: null });
    expect(gone.error).toMatchObject({ errorType: 'NotFound' });
    const same = await run(`${ATTACH}/04.explainRefusal`, 'response', { ...context, result: withImages([KEY]) });
    expect(same.result).toEqual(productOut({ images: [image(KEY)] }));
    const full = await run(`${ATTACH}/04.explainRefusal`, 'response', { ...context, result: withImages(tenKeys) });
    expect(full.error).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: ['productId'] } });
    const moved = await run(`${ATTACH}/04.explainRefusal`, 'response', { ...context, result: withImages([OTHER_KEY]) });
    expect(moved.error).toMatchObject({
      errorType: 'ConflictError',
      message: 'productId: the product changed while attaching; try again',
    });
  });
});

describe('Mutation.removeProductImage', () => {
  const args = { productId: '01JPRD00000000000000000000', key: KEY };

  it.each(notAdmins)('refuses %s as Unauthorized', async (_who, identity) => {
    const { error } = await run(`${REMOVE}/index`, 'request', { identity, arguments: args });
    expect(error).toMatchObject({ errorType: 'Unauthorized', message: 'removeProductImage is for admins' });
  });

  it('finds the image in the product: NotFound for an unknown product or a key it does not have', async () => {
    const missing = await run(`${REMOVE}/01.getProduct`, 'response', { ...admin, arguments: args, result: null });
    expect(missing.error).toMatchObject({ errorType: 'NotFound', errorInfo: { fields: ['productId'] } });
    const absent = await run(`${REMOVE}/01.getProduct`, 'response', {
      ...admin,
      arguments: args,
      result: withImages([OTHER_KEY]),
    });
    expect(absent.error).toMatchObject({
      errorType: 'NotFound',
      message: `key: ${KEY} is not attached to product 01JPRD00000000000000000000`,
      errorInfo: { fields: ['key'] },
    });
    const found = await run(`${REMOVE}/01.getProduct`, 'response', {
      ...admin,
      arguments: args,
      result: withImages([OTHER_KEY, KEY]),
    });
    expect(found.stash.index).toBe(1);
  });

  it('removes that list element with one UpdateItem, on the condition it still holds the key', async () => {
    const { result } = await run(`${REMOVE}/02.detach`, 'request', { ...admin, arguments: args, stash: { index: 1 } });
    const now = result.update.expressionValues[':now'].S;
    expect(now).toMatch(ISO_TIME);
    expect(result).toEqual({
      operation: 'UpdateItem',
      key: PRODUCT_KEY,
      update: {
        expression: 'REMOVE #images[1], #imageKeys[1] SET #updatedAt = :now',
        expressionNames: { '#images': 'images', '#imageKeys': 'imageKeys', '#updatedAt': 'updatedAt' },
        expressionValues: { ':now': { S: now } },
      },
      condition: {
        expression: '#images[1].#key = :key AND #imageKeys[1] = :key',
        expressionNames: { '#images': 'images', '#imageKeys': 'imageKeys', '#key': 'key' },
        expressionValues: { ':key': { S: KEY } },
      },
    });
  });

  it('answers the product without the image; a lost race is a ConflictError', async () => {
    const ok = await run(`${REMOVE}/02.detach`, 'response', {
      ...admin,
      arguments: args,
      result: withImages([OTHER_KEY]),
    });
    expect(ok.result).toEqual(productOut({ images: [image(OTHER_KEY)] }));
    const lost = await run(`${REMOVE}/02.detach`, 'response', {
      ...admin,
      arguments: args,
      error: { type: 'DynamoDB:ConditionalCheckFailedException', message: 'The conditional request failed' },
    });
    expect(lost.error).toMatchObject({
      errorType: 'ConflictError',
      message: "key: the product's images changed while removing; read the product and try again",
    });
  });
});

describe('ProductImage.url', () => {
  const source = image(KEY);

  it('is the CDN base URL plus the key, with no data source call but NONE', async () => {
    const env = { ...ENV, IMAGE_BASE_URL: 'https://d1234.cloudfront.net' };
    const { result } = await run('media/ProductImage.url.none', 'request', { env, source });
    expect(result).toEqual({ payload: `https://d1234.cloudfront.net/${KEY}` });
    const slash = await run('media/ProductImage.url.none', 'request', {
      env: { ...env, IMAGE_BASE_URL: 'http://127.0.0.1:4569/cdn/' },
      source,
    });
    expect(slash.result).toEqual({ payload: `http://127.0.0.1:4569/cdn/${KEY}` });
    const answer = await run('media/ProductImage.url.none', 'response', { env, source, result: result.payload });
    expect(answer.result).toBe(`https://d1234.cloudfront.net/${KEY}`);
  });

  it('encodes each path segment', async () => {
    const env = { ...ENV, IMAGE_BASE_URL: 'https://cdn.example' };
    const { result } = await run('media/ProductImage.url.none', 'request', {
      env,
      source: image('products/a b/c&d.png'),
    });
    expect(result).toEqual({ payload: 'https://cdn.example/products/a+b/c%26d.png' });
  });

  it('fails loudly when the API has no IMAGE_BASE_URL', async () => {
    const { error } = await run('media/ProductImage.url.none', 'request', { env: ENV, source });
    expect(error).toMatchObject({ message: 'ProductImage.url: the API has no IMAGE_BASE_URL environment variable' });
  });
});

describe('products read their images', () => {
  it('Query.product answers the stored images (key, alt, contentType; url comes from its field)', async () => {
    const item = productItem({ images: [image(KEY, 'A blue mug'), image(OTHER_KEY, null, 'image/webp')] });
    const { result } = await run('catalog/Query.product', 'response', {
      ...admin,
      arguments: { id: '01JPRD00000000000000000000' },
      result: item,
    });
    expect(result.images).toEqual([image(KEY, 'A blue mug'), image(OTHER_KEY, null, 'image/webp')]);
  });

  it('archiving a product keeps its images: updateProduct writes no image attribute and answers them', async () => {
    const current = withImages([KEY, OTHER_KEY]);
    const { result, stash } = await run('catalog/Mutation.updateProduct/03.writeProduct', 'request', {
      ...admin,
      arguments: { input: { id: '01JPRD00000000000000000000', expectedVersion: 3, status: 'ARCHIVED' } },
      stash: { current, changes: { status: 'ARCHIVED' } },
    });
    const written = JSON.stringify(result.transactItems[0].update);
    expect(written).not.toContain('images');
    expect(written).not.toContain('imageKeys');
    const answer = await run('catalog/Mutation.updateProduct/03.writeProduct', 'response', {
      ...admin,
      arguments: { input: { id: '01JPRD00000000000000000000', expectedVersion: 3, status: 'ARCHIVED' } },
      stash,
      result: { keys: [], cancellationReasons: null },
    });
    expect(answer.result.status).toBe('ARCHIVED');
    expect(answer.result.images).toEqual([image(KEY), image(OTHER_KEY)]);
  });
});

describe('the conditional writes on a real DynamoDB Local', () => {
  const dynamo = useDynamoDbLocal();
  const tableName = uniqueTableName('MediaImages');
  let table: DataSource;
  const invocation = { callerId: 'media-test', info: { fieldName: 'attachProductImage', parentTypeName: 'Mutation' } };
  const keyOf = (n: number) =>
    `products/01JPRD00000000000000000000/01JF8ZQ4V6N4D7Y3K2H1G0F${String(n).padStart(3, '0')}.png`;

  beforeAll(async () => {
    await createTable(dynamo.client, {
      TableName: tableName,
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ],
    });
    table = createDynamoDbDataSource({ name: 'table', tableName, client: dynamo.client });
  });

  async function reset(item: Record<string, unknown>) {
    await dynamo.client.send(new PutItemCommand({ TableName: tableName, Item: marshall(item) }));
  }

  /** 03.attach's request, sent to DynamoDB, and its response handler on the outcome. */
  async function attach(key: string) {
    const stash = { image: { key, alt: null, contentType: 'image/png' } };
    const args = { productId: '01JPRD00000000000000000000', key };
    const { result: request } = await run(`${ATTACH}/03.attach`, 'request', { ...admin, arguments: args, stash });
    const outcome = await table.invoke(request, invocation);
    return run(`${ATTACH}/03.attach`, 'response', { ...admin, arguments: args, stash, ...outcome });
  }

  async function detach(key: string, index: number) {
    const args = { productId: '01JPRD00000000000000000000', key };
    const stash = { index };
    const { result: request } = await run(`${REMOVE}/02.detach`, 'request', { ...admin, arguments: args, stash });
    const outcome = await table.invoke(request, invocation);
    return run(`${REMOVE}/02.detach`, 'response', { ...admin, arguments: args, stash, ...outcome });
  }

  it('appends in order, refuses a duplicate and an 11th image, and never touches version', async () => {
    await reset(productItem());
    const first = await attach(keyOf(1));
    expect(first.result.images).toEqual([image(keyOf(1))]);
    expect(first.result.version).toBe(3);
    expect(first.result.updatedAt).not.toBe('2026-11-02T10:00:00.000Z');
    const again = await attach(keyOf(1));
    expect(again.stash.refused).toBe(true);
    for (const n of [2, 3, 4, 5, 6, 7, 8, 9, 10]) expect((await attach(keyOf(n))).result.images).toHaveLength(n);
    const eleventh = await attach(keyOf(11));
    expect(eleventh.stash.refused).toBe(true);
  });

  it('lets racing attaches of distinct keys add at most 10 images, each once', async () => {
    await reset(productItem());
    const outcomes = await Promise.all(Array.from({ length: 14 }, (_, n) => attach(keyOf(100 + (n % 12)))));
    expect(outcomes.filter((o) => o.result).length).toBe(10);
    const { Item } = await dynamo.client.send(
      new GetItemCommand({
        TableName: tableName,
        Key: marshall({ pk: 'PRODUCT#01JPRD00000000000000000000', sk: 'PRODUCT' }),
      }),
    );
    const stored = unmarshall(Item!);
    expect(stored.images).toHaveLength(10);
    expect(new Set(stored.images.map((i: { key: string }) => i.key)).size).toBe(10);
    expect(stored.imageKeys).toEqual(stored.images.map((i: { key: string }) => i.key));
  });

  it('removes the element at the index only while it still holds the key', async () => {
    await reset(withImages([keyOf(1), keyOf(2), keyOf(3)]));
    const removed = await detach(keyOf(2), 1);
    expect(removed.result.images).toEqual([image(keyOf(1)), image(keyOf(3))]);
    const stale = await detach(keyOf(2), 1);
    expect(stale.error).toMatchObject({ errorType: 'ConflictError' });
    const { Item } = await dynamo.client.send(
      new GetItemCommand({
        TableName: tableName,
        Key: marshall({ pk: 'PRODUCT#01JPRD00000000000000000000', sk: 'PRODUCT' }),
      }),
    );
    expect(unmarshall(Item!).imageKeys).toEqual([keyOf(1), keyOf(3)]);
  });
});
