// Inputs a hostile client sends (issue 15, findings 8–10): malformed nextTokens, ids no resolver
// made (2 KB and more), control characters in names. Each gets a contract error type naming the
// field, or null/NotFound where the schema says so for unknown ids, and never reaches a key.
import { describe, expect, it } from 'vitest';
import { callers, run } from '../support/resolver-harness.ts';

const HUGE = 'A'.repeat(2100);
const ULID = '01JCAT00000000000000000000';
// Text no token of ours or AppSync's can be (damaged `after.` cursors are 01.queryProducts' to refuse).
const BAD_TOKENS = ['after.!!!', '!!!', 'a b', 'x'.repeat(5000), 'tok en', 'tok\u0000en'];

function expectError(out: { error?: { errorType: string | null; errorInfo: any; message: string } }, type: string) {
  expect(out.error).toBeDefined();
  expect(out.error!.errorType).toBe(type);
  expect(out.error!.message).not.toMatch(/code\.js/);
}

describe('malformed nextTokens on every paginated field: ValidationError naming nextToken', () => {
  const paginated: Array<[string, string, unknown]> = [
    ['listProducts', 'catalog/Query.listProducts/index', callers.anonymous],
    ['myOrders', 'orders/Query.myOrders', callers.shopper],
    ['listOrders', 'orders/Query.listOrders', callers.admin],
    ['searchProducts', 'search/Query.searchProducts.search', callers.anonymous],
  ];
  for (const [field, path, identity] of paginated) {
    it.each(BAD_TOKENS)(`${field} refuses %j`, async (nextToken) => {
      const out = await run(path, 'request', { arguments: { nextToken }, identity });
      expectError(out, 'ValidationError');
      expect(out.error!.errorInfo).toEqual({ fields: ['nextToken'] });
    });
  }

  it.each(['after.!!!', 'after.', 'after.e30', 'after.eyJwIjoiUFJPRFVDVFMjQUNUSVZFIiwiYSI6IngifQ'])(
    'listProducts refuses our cursor %j damaged past the shape check, without a Code error',
    async (nextToken) => {
      const out = await run('catalog/Query.listProducts/01.queryProducts', 'request', {
        arguments: { nextToken },
        identity: callers.anonymous,
        stash: { limit: 20 },
      });
      expectError(out, 'ValidationError');
      expect(out.error!.errorInfo).toEqual({ fields: ['nextToken'] });
    },
  );

  it('still passes a well-formed token on', async () => {
    const out = await run('orders/Query.myOrders', 'request', {
      arguments: { nextToken: 'AQID-_abc+/=' },
      identity: callers.shopper,
    });
    expect(out.result).toMatchObject({ operation: 'Query', nextToken: 'AQID-_abc+/=' });
  });
});

describe('ids no resolver made never reach a key', () => {
  it.each([
    ['product', 'catalog/Query.product', { id: HUGE }],
    ['order', 'orders/Query.order', { id: HUGE }],
    ['product with a lower-case id', 'catalog/Query.product', { id: ULID.toLowerCase() }],
  ])('%s answers null without a read', async (_what, path, args) => {
    const out = await run(path, 'request', { arguments: args, identity: callers.admin });
    expect(out.error).toBeUndefined();
    expect(out.result).toBeNull();
  });

  it('productBySlug answers null for a slug that cannot exist', async () => {
    for (const slug of ['a'.repeat(2100), 'Blue Mug', 'x\u0000']) {
      const out = await run('catalog/Query.productBySlug/01.findSlug', 'request', { arguments: { slug } });
      expect(out.error).toBeUndefined();
      expect(out.result).toBeNull();
    }
  });

  it.each([
    [
      'listProducts(categoryId)',
      'catalog/Query.listProducts/index',
      { categoryId: HUGE },
      callers.anonymous,
      'categoryId',
    ],
    ['cancelOrder(id)', 'orders/Mutation.cancelOrder/index', { id: HUGE }, callers.shopper, 'id'],
    [
      'updateOrderStatus(id)',
      'orders/Mutation.updateOrderStatus/index',
      { id: HUGE, status: 'PAID' },
      callers.admin,
      'id',
    ],
    [
      'createCategory(parentId)',
      'catalog/Mutation.createCategory',
      { input: { slug: 'x', name: 'X', parentId: HUGE } },
      callers.admin,
      'input.parentId',
    ],
    [
      'updateProduct(id)',
      'catalog/Mutation.updateProduct/index',
      { input: { id: HUGE, expectedVersion: 1 } },
      callers.admin,
      'input.id',
    ],
    [
      'updateProduct(categoryId)',
      'catalog/Mutation.updateProduct/index',
      { input: { id: ULID, expectedVersion: 1, categoryId: HUGE } },
      callers.admin,
      'input.categoryId',
    ],
    [
      'createProductImageUpload(productId)',
      'media/Mutation.createProductImageUpload/index',
      { productId: HUGE, contentType: 'image/png', contentLength: 10 },
      callers.admin,
      'productId',
    ],
    [
      'attachProductImage(productId)',
      'media/Mutation.attachProductImage/index',
      { productId: HUGE, key: `products/${HUGE}/x.png` },
      callers.admin,
      'productId',
    ],
    [
      'removeProductImage(productId)',
      'media/Mutation.removeProductImage/index',
      { productId: HUGE, key: 'products/x/y.png' },
      callers.admin,
      'productId',
    ],
    ['addToCart(sku)', 'cart/Mutation.addToCart/index', { sku: HUGE, quantity: 1 }, callers.shopper, 'sku'],
    ['removeFromCart(sku)', 'cart/Mutation.removeFromCart/index', { sku: HUGE }, callers.shopper, 'sku'],
  ])('%s: NotFound naming the field, as for an unknown id', async (_what, path, args, identity, field) => {
    const out = await run(path, 'request', { arguments: args, identity });
    expectError(out, 'NotFound');
    expect(out.error!.errorInfo).toEqual({ fields: [field] });
    expect(out.error!.message.length).toBeLessThan(200);
  });

  it('createProduct(categoryId) is NotFound once the rest of the input is valid', async () => {
    const input = {
      slug: 'mug',
      name: 'Mug',
      categoryId: HUGE,
      variants: [{ sku: 'MUG-1', name: 'One', price: { amount: 100 } }],
    };
    const out = await run('catalog/Mutation.createProduct/index', 'request', {
      arguments: { input },
      identity: callers.admin,
    });
    expectError(out, 'NotFound');
    expect(out.error!.errorInfo).toEqual({ fields: ['input.categoryId'] });
  });

  it('updateProduct(categoryId: null) stays a ValidationError, as its description says', async () => {
    const out = await run('catalog/Mutation.updateProduct/index', 'request', {
      arguments: { input: { id: ULID, expectedVersion: 1, categoryId: null } },
      identity: callers.admin,
    });
    expectError(out, 'ValidationError');
    expect(out.error!.errorInfo).toEqual({ fields: ['input.categoryId'] });
  });

  it.each([
    ['adjustStock', 'catalog/Mutation.adjustStock/index', { sku: HUGE, delta: 1 }],
    ['setVariantPrice', 'catalog/Mutation.setVariantPrice/index', { sku: HUGE, price: { amount: 1 } }],
  ])('%s refuses a 2 KB SKU with a ValidationError naming sku', async (_what, path, args) => {
    const out = await run(path, 'request', { arguments: args, identity: callers.admin });
    expectError(out, 'ValidationError');
    expect(out.error!.errorInfo.fields).toContain('sku');
  });
});

describe('listProducts of an unknown category is NotFound (as its description says)', () => {
  const CHECK = 'catalog/Query.listProducts/03.checkCategory';
  const empty = { items: [], nextToken: null };

  it('reads the category only when a category page comes back empty', async () => {
    const read = await run(CHECK, 'request', { arguments: { categoryId: ULID }, prev: { result: empty } });
    expect(read.result).toEqual({
      operation: 'GetItem',
      key: { pk: { S: `CATEGORY#${ULID}` }, sk: { S: 'CATEGORY' } },
      consistentRead: true,
    });
    const page = { items: [{ id: 'p' }], nextToken: null };
    const full = await run(CHECK, 'request', { arguments: { categoryId: ULID }, prev: { result: page } });
    expect(full.result).toEqual(page);
    expect((await run(CHECK, 'request', { arguments: {}, prev: { result: empty } })).result).toEqual(empty);
  });

  it('answers NotFound for a missing category and the empty page for an existing one', async () => {
    const missing = await run(CHECK, 'response', { arguments: { categoryId: ULID }, stash: { page: empty } });
    expectError(missing, 'NotFound');
    expect(missing.error!.errorInfo).toEqual({ fields: ['categoryId'] });
    const there = await run(CHECK, 'response', {
      arguments: { categoryId: ULID },
      stash: { page: empty },
      result: { id: ULID },
    });
    expect(there.result).toEqual(empty);
  });
});
