// Catalog reads: the exact DynamoDB request each resolver sends and how results map to the schema.
import { describe, expect, it } from 'vitest';
import { callers, run } from '../support/resolver-harness.ts';
import { category, productItem, productOut, variantItem } from './fixtures.ts';

describe('Query.product', () => {
  it('reads the product with one consistent GetItem', async () => {
    const { result } = await run('catalog/Query.product', 'request', {
      arguments: { id: '01JPRD00000000000000000000' },
      identity: callers.anonymous,
    });
    expect(result).toEqual({
      operation: 'GetItem',
      key: { pk: { S: 'PRODUCT#01JPRD00000000000000000000' }, sk: { S: 'PRODUCT' } },
      consistentRead: true,
    });
  });

  it('maps the item, with priceFrom the lowest variant price', async () => {
    const { result } = await run('catalog/Query.product', 'response', {
      arguments: { id: '01JPRD00000000000000000000' },
      identity: callers.anonymous,
      result: productItem(),
    });
    expect(result).toEqual(productOut());
  });

  it('hides products that are not ACTIVE from everyone but admins, and answers null when missing', async () => {
    const draft = productItem({ status: 'DRAFT' });
    expect(
      (
        await run('catalog/Query.product', 'response', {
          arguments: { id: '01JPRD00000000000000000000' },
          identity: callers.shopper,
          result: draft,
        })
      ).result,
    ).toBeNull();
    expect(
      (
        await run('catalog/Query.product', 'response', {
          arguments: { id: '01JPRD00000000000000000000' },
          identity: callers.anonymous,
          result: draft,
        })
      ).result,
    ).toBeNull();
    expect(
      (
        await run('catalog/Query.product', 'response', {
          arguments: { id: '01JPRD00000000000000000000' },
          identity: callers.admin,
          result: draft,
        })
      ).result,
    ).toEqual(productOut({ status: 'DRAFT' }));
    expect(
      (
        await run('catalog/Query.product', 'response', {
          arguments: { id: 'nope' },
          identity: callers.admin,
          result: null,
        })
      ).result,
    ).toBeNull();
  });

  it('re-raises a data-source error', async () => {
    const { error } = await run('catalog/Query.product', 'response', {
      arguments: { id: '01JPRD00000000000000000000' },
      result: null,
      error: { message: 'throttled', type: 'DynamoDB:ProvisionedThroughputExceededException' },
    });
    expect(error).toMatchObject({ message: 'throttled', errorType: 'DynamoDB:ProvisionedThroughputExceededException' });
  });
});

describe('Query.productBySlug', () => {
  it('finds the slug owner, ending with null for an unknown slug', async () => {
    const find = await run('catalog/Query.productBySlug/01.findSlug', 'request', { arguments: { slug: 'blue-mug' } });
    expect(find.result).toEqual({
      operation: 'GetItem',
      key: { pk: { S: 'PRODUCTSLUG#blue-mug' }, sk: { S: 'PRODUCTSLUG' } },
      consistentRead: true,
    });
    expect(
      (
        await run('catalog/Query.productBySlug/01.findSlug', 'response', {
          arguments: { slug: 'blue-mug' },
          result: { productId: '01JPRD00000000000000000000' },
        })
      ).result,
    ).toBe('01JPRD00000000000000000000');
    const unknown = await run('catalog/Query.productBySlug/01.findSlug', 'response', {
      arguments: { slug: 'nope' },
      result: null,
    });
    expect(unknown.result).toBeNull();
  });

  it('reads the owner product and applies the same visibility rule', async () => {
    const get = await run('catalog/Query.productBySlug/02.getProduct', 'request', {
      arguments: { slug: 'blue-mug' },
      prev: { result: '01JPRD00000000000000000000' },
    });
    expect(get.result).toEqual({
      operation: 'GetItem',
      key: { pk: { S: 'PRODUCT#01JPRD00000000000000000000' }, sk: { S: 'PRODUCT' } },
      consistentRead: true,
    });
    expect(
      (
        await run('catalog/Query.productBySlug/02.getProduct', 'response', {
          arguments: { slug: 'blue-mug' },
          identity: callers.shopper,
          result: productItem({ status: 'ARCHIVED' }),
        })
      ).result,
    ).toBeNull();
  });
});

describe('Query.listProducts', () => {
  const Q = 'catalog/Query.listProducts/01.queryProducts';
  const V = 'catalog/Query.listProducts/02.attachVariants';
  const request = async (identity: unknown, args: Record<string, unknown>) => {
    const checked = await run('catalog/Query.listProducts/index', 'request', { arguments: args, identity });
    return checked.error ? checked : run(Q, 'request', { arguments: args, identity, stash: checked.stash });
  };

  it('reads ACTIVE products newest first for shoppers, 20 by default', async () => {
    expect((await request(callers.anonymous, {})).result).toEqual({
      operation: 'Query',
      index: 'GSI2',
      query: {
        expression: '(#gsi2pk = :gsi2pk_eq)',
        expressionNames: { '#gsi2pk': 'gsi2pk' },
        expressionValues: { ':gsi2pk_eq': { S: 'PRODUCTS#ACTIVE' } },
      },
      scanIndexForward: false,
      limit: 20,
    });
  });

  it('uses the category indexes, and every status for admins', async () => {
    const shopper = await request(callers.shopper, {
      categoryId: '01JCAT00000000000000000000',
      limit: 5,
      nextToken: 'tok',
    });
    expect(shopper.result).toMatchObject({
      index: 'GSI4',
      limit: 5,
      nextToken: 'tok',
      query: { expressionValues: { ':gsi4pk_eq': { S: 'CATEGORY#01JCAT00000000000000000000#ACTIVE' } } },
    });
    expect((await request(callers.admin, { categoryId: '01JCAT00000000000000000000' })).result).toMatchObject({
      index: 'GSI3',
      query: { expressionValues: { ':gsi3pk_eq': { S: 'CATEGORY#01JCAT00000000000000000000' } } },
    });
    expect((await request(callers.admin, {})).result).toMatchObject({
      index: 'GSI1',
      query: { expressionValues: { ':gsi1pk_eq': { S: 'PRODUCTS' } } },
    });
  });

  it.each([0, 101, 2.5])('refuses limit %s with a ValidationError naming the field', async (limit) => {
    const { error } = await request(callers.anonymous, { limit });
    expect(error).toMatchObject({
      errorType: 'ValidationError',
      message: 'limit must be an integer from 1 to 100',
      errorInfo: { fields: ['limit'] },
    });
  });

  it('maps the page and passes the next token on', async () => {
    const { result } = await run(Q, 'response', {
      arguments: {},
      result: { items: [productItem()], nextToken: 'next', scannedCount: 1 },
    });
    expect(result).toEqual({ items: [productOut()], nextToken: 'next' });
  });

  it('answers a ValidationError for a token from elsewhere', async () => {
    const { error } = await run(Q, 'response', {
      arguments: { nextToken: 'forged' },
      result: null,
      error: {
        type: 'DynamoDB:DynamoDbException',
        message:
          'Invalid nextToken: it is malformed, was altered, or was issued to a different resolver, table or index',
      },
    });
    expect(error).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: ['nextToken'] } });
  });

  it('resumes after our own cursor with a key condition, and refuses a cursor of another listing', async () => {
    const page = await run(V, 'request', {
      stash: { partition: 'PRODUCTS#ACTIVE' },
      info: { selectionSetList: ['items', 'items/variants', 'items/variants/sku'] },
      prev: {
        result: {
          items: [
            productOut({
              id: '01J0000000000000000000000A',
              variantSkus: Array.from({ length: 50 }, (_, i) => `A-${i}`),
            }),
            productOut({
              id: '01J0000000000000000000000B',
              variantSkus: Array.from({ length: 50 }, (_, i) => `B-${i}`),
            }),
            productOut({ id: '01J0000000000000000000000C', variantSkus: ['C-1'] }),
          ],
          nextToken: null,
        },
      },
    });
    expect(page.result.tables.ShopTable.keys).toHaveLength(100);
    const token = page.stash.page.nextToken;
    expect(page.stash.page.items.map((p: any) => p.id)).toEqual([
      '01J0000000000000000000000A',
      '01J0000000000000000000000B',
    ]);
    const next = await request(callers.anonymous, { nextToken: token });
    expect(next.result.query).toEqual({
      expression: '(#gsi2pk = :gsi2pk_eq) AND (#gsi2sk < :gsi2sk_lt)',
      expressionNames: { '#gsi2pk': 'gsi2pk', '#gsi2sk': 'gsi2sk' },
      expressionValues: { ':gsi2pk_eq': { S: 'PRODUCTS#ACTIVE' }, ':gsi2sk_lt': { S: '01J0000000000000000000000B' } },
    });
    expect(next.result.nextToken).toBeUndefined();
    expect(
      (await request(callers.anonymous, { categoryId: '01JCAT00000000000000000000', nextToken: token })).error,
    ).toMatchObject({
      errorType: 'ValidationError',
      errorInfo: { fields: ['nextToken'] },
    });
    expect((await request(callers.anonymous, { nextToken: 'after.bm9wZQ==' })).error).toMatchObject({
      errorType: 'ValidationError',
    });
  });

  const VARIANTS_IN_ONE_BATCH =
    'reads every variant of the page in one BatchGetItem only when variants are selected, and attaches them';
  it(VARIANTS_IN_ONE_BATCH, async () => {
    const prev = {
      result: {
        items: [productOut(), productOut({ id: '01JTHR00000000000000000000', variantSkus: ['CUP-1'] })],
        nextToken: 'next',
      },
    };
    const skipped = await run(V, 'request', {
      stash: { partition: 'PRODUCTS#ACTIVE' },
      info: { selectionSetList: ['items', 'items/id'] },
      prev,
    });
    expect(skipped.result).toEqual(prev.result);
    const wanted = await run(V, 'request', {
      stash: { partition: 'PRODUCTS#ACTIVE' },
      info: { selectionSetList: ['items', 'items/variants', 'items/variants/sku'] },
      prev,
    });
    expect(wanted.result).toEqual({
      operation: 'BatchGetItem',
      tables: {
        ShopTable: {
          consistentRead: true,
          keys: ['MUG-L', 'MUG-S', 'CUP-1'].map((sku) => ({ pk: { S: `SKU#${sku}` }, sk: { S: 'VARIANT' } })),
        },
      },
    });
    const out = await run(V, 'response', {
      stash: wanted.stash,
      result: {
        data: {
          ShopTable: [
            variantItem('MUG-L'),
            variantItem('MUG-S'),
            variantItem('CUP-1', { productId: '01JTHR00000000000000000000', name: 'Cup' }),
          ],
        },
        unprocessedKeys: { ShopTable: [] },
      },
    });
    expect(out.result.nextToken).toBe('next');
    expect(out.result.items.map((p: any) => [p.id, p.variants.map((v: any) => v.sku)])).toEqual([
      ['01JPRD00000000000000000000', ['MUG-L', 'MUG-S']],
      ['01JTHR00000000000000000000', ['CUP-1']],
    ]);
    const free = await run('catalog/Product.variants', 'request', { source: out.result.items[1] });
    expect(free.result).toEqual([expect.objectContaining({ sku: 'CUP-1', name: 'Cup' })]);
  });
});

describe('Query.categories', () => {
  it('queries the categories partition and maps each category', async () => {
    expect((await run('catalog/Query.categories', 'request', {})).result).toEqual({
      operation: 'Query',
      index: 'GSI1',
      query: {
        expression: '(#gsi1pk = :gsi1pk_eq)',
        expressionNames: { '#gsi1pk': 'gsi1pk' },
        expressionValues: { ':gsi1pk_eq': { S: 'CATEGORIES' } },
      },
    });
    const { result } = await run('catalog/Query.categories', 'response', {
      result: { items: [category], nextToken: null },
    });
    expect(result).toEqual([{ id: '01JCAT00000000000000000000', slug: 'mugs', name: 'Mugs', parentId: null }]);
  });
});

describe('Product.variants', () => {
  it('costs nothing when the parent already has its variants', async () => {
    const variants = [{ sku: 'MUG-L' }];
    expect((await run('catalog/Product.variants', 'request', { source: { variants } })).result).toEqual(variants);
    expect((await run('catalog/Product.variants', 'request', { source: { variantSkus: [] } })).result).toEqual([]);
  });

  it('batch-reads the SKUs consistently and answers them in the admin’s order', async () => {
    const source = productOut();
    expect((await run('catalog/Product.variants', 'request', { source })).result).toEqual({
      operation: 'BatchGetItem',
      tables: {
        ShopTable: {
          keys: [
            { pk: { S: 'SKU#MUG-L' }, sk: { S: 'VARIANT' } },
            { pk: { S: 'SKU#MUG-S' }, sk: { S: 'VARIANT' } },
          ],
          consistentRead: true,
        },
      },
    });
    const { result } = await run('catalog/Product.variants', 'response', {
      source,
      result: {
        data: { ShopTable: [variantItem('MUG-S'), variantItem('MUG-L', { stock: 0 })] },
        unprocessedKeys: { ShopTable: [] },
      },
    });
    expect(result).toEqual([
      {
        sku: 'MUG-L',
        productId: '01JPRD00000000000000000000',
        name: 'Large',
        options: [{ name: 'Size', value: 'L' }],
        price: { amount: 1500, currency: 'USD' },
        stock: 0,
        inStock: false,
      },
      {
        sku: 'MUG-S',
        productId: '01JPRD00000000000000000000',
        name: 'Small',
        options: [{ name: 'Size', value: 'S' }],
        price: { amount: 1200, currency: 'USD' },
        stock: 4,
        inStock: true,
      },
    ]);
  });
});
