// Hostile inputs against a real `npm start` (issue 15, findings 8–10): malformed nextTokens on every
// paginated field, 2 KB+ ids on every id-taking field, control characters in every name field,
// updateProfile(name: null) and an unknown categoryId. Each answers a contract error type (or the
// schema's null), never a resolver source position, and the shop's state is the same afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../support/cognito-tokens.ts';
import { graphql } from '../support/graphql-client.ts';
import { startShopProcess, type ShopProcess } from '../support/shop-process.ts';

let shop: ShopProcess;
const auth: Record<'anon' | 'admin' | 'shopper', Record<string, string>> = { anon: {}, admin: {}, shopper: {} };
let categoryId = '';
let emptyCategoryId = '';
let productId = '';
const HUGE = 'A'.repeat(2100);
const UNKNOWN = '01JZZZZZZZZZZZZZZZZZZZZZZZ';
const CONTROLS = ['\u0000', '\u001b', '\n', '\u007f', '\u0085'];

type Who = keyof typeof auth;
async function call(who: Who, query: string, variables: Record<string, unknown> = {}) {
  const out = await graphql(shop.outputs.graphqlUrl, query, variables, auth[who]);
  expect(out.status).toBe(200);
  return out.body;
}

/** The first error, checked for a contract type and no resolver source position. */
async function refused(who: Who, query: string, variables: Record<string, unknown>, type: string) {
  const body = await call(who, query, variables);
  const error = body.errors?.[0];
  expect(error, JSON.stringify(body)).toBeDefined();
  expect(error!.errorType).toBe(type);
  expect(error!.message).not.toMatch(/code\.js|:\d+:\d+/);
  return error!;
}

const STATE =
  '{ categories { id slug name parentId } listProducts(limit: 100) { items { id slug name description tags ' +
  'status version updatedAt images { key alt } ' +
  'variants { sku name stock price { amount } options { name value } } } } ' +
  'listOrders(limit: 100) { items { id status } } }';
/** Everything the attacks could have changed, read by the admin and the shopper. */
async function state() {
  const admin = await call('admin', STATE);
  const shopper = await call('shopper', '{ me { name phone defaultAddress { city } } myCart { itemCount } }');
  expect(admin.errors).toBeUndefined();
  expect(shopper.errors).toBeUndefined();
  return { admin: admin.data, shopper: shopper.data };
}

beforeAll(async () => {
  shop = await startShopProcess({ args: ['--no-seed'] });
  auth.anon = { 'x-api-key': shop.outputs.apiKey };
  auth.admin = { authorization: (await signIn(shop.outputs, 'admin@example.com')).idToken };
  auth.shopper = { authorization: (await signIn(shop.outputs, 'shopper@example.com')).idToken };
  const category = 'mutation($s: String!) { createCategory(input: { slug: $s, name: $s }) { id } }';
  categoryId = (await call('admin', category, { s: 'lamps' })).data.createCategory.id;
  emptyCategoryId = (await call('admin', category, { s: 'empty' })).data.createCategory.id;
  const created = await call('admin', 'mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }', {
    i: {
      slug: 'brass-lamp',
      name: 'Brass lamp',
      categoryId,
      status: 'ACTIVE',
      tags: ['brass'],
      variants: [{ sku: 'LAMP-1', name: 'One', price: { amount: 4500 }, stock: 3 }],
    },
  });
  productId = created.data.createProduct.id;
  const profile = await call('shopper', 'mutation { updateProfile(input: { name: "Ana" }) { name } }');
  expect(profile.data.updateProfile.name).toBe('Ana');
}, 180_000);

afterAll(async () => {
  await shop?.stop();
});

describe('malformed nextTokens on every paginated field', () => {
  const fields: Array<[string, Who, string]> = [
    ['listProducts', 'anon', 'query($t: String) { listProducts(nextToken: $t) { nextToken } }'],
    [
      'listProducts of a category',
      'anon',
      'query($t: String, $c: ID) { listProducts(categoryId: $c, nextToken: $t) { nextToken } }',
    ],
    ['searchProducts', 'anon', 'query($t: String) { searchProducts(nextToken: $t) { nextToken } }'],
    ['myOrders', 'shopper', 'query($t: String) { myOrders(nextToken: $t) { nextToken } }'],
    ['listOrders', 'admin', 'query($t: String) { listOrders(nextToken: $t) { nextToken } }'],
  ];
  const tokens = ['after.!!!', 'after.e30', 'after.', '!!!', 'x'.repeat(5000), 'a\u0000b'];
  it.each(fields)('%s answers ValidationError naming nextToken for each', async (_field, who, query) => {
    const before = await state();
    for (const t of tokens) {
      const error = await refused(who, query, { t, c: categoryId }, 'ValidationError');
      expect(error.errorInfo).toEqual({ fields: ['nextToken'] });
    }
    expect(await state()).toEqual(before);
  });
});

describe('ids of 2 KB and more on every id-taking field', () => {
  const nulls: Array<[string, Who, string]> = [
    ['product', 'anon', 'query($v: ID!) { product(id: $v) { id } }'],
    ['productBySlug', 'anon', 'query($v: String!) { productBySlug(slug: $v) { id } }'],
    ['order', 'admin', 'query($v: ID!) { order(id: $v) { id } }'],
  ];
  it.each(nulls)('%s answers null, as for any unknown id', async (field, who, query) => {
    const body = await call(who, query, { v: HUGE });
    expect(body.errors).toBeUndefined();
    expect(body.data[field]).toBeNull();
  });

  const refusals: Array<[string, Who, string, string, string]> = [
    ['listProducts', 'anon', 'query($v: ID) { listProducts(categoryId: $v) { nextToken } }', 'NotFound', 'categoryId'],
    ['cancelOrder', 'shopper', 'mutation($v: ID!) { cancelOrder(id: $v) { id } }', 'NotFound', 'id'],
    [
      'updateOrderStatus',
      'admin',
      'mutation($v: ID!) { updateOrderStatus(id: $v, status: PAID) { id } }',
      'NotFound',
      'id',
    ],
    [
      'createCategory',
      'admin',
      'mutation($v: ID) { createCategory(input: { slug: "orphans", name: "Orphans", parentId: $v }) { id } }',
      'NotFound',
      'input.parentId',
    ],
    [
      'createProduct',
      'admin',
      'mutation($v: ID!) { createProduct(input: { slug: "orphan", name: "Orphan", categoryId: $v, ' +
        'variants: [{ sku: "ORPHAN-1", name: "One", price: { amount: 1 } }] }) { id } }',
      'NotFound',
      'input.categoryId',
    ],
    [
      'updateProduct',
      'admin',
      'mutation($v: ID!) { updateProduct(input: { id: $v, expectedVersion: 1, name: "X" }) { id } }',
      'NotFound',
      'input.id',
    ],
    [
      'createProductImageUpload',
      'admin',
      'mutation($v: ID!) { createProductImageUpload(productId: $v, contentType: "image/png", contentLength: 9) ' +
        '{ key } }',
      'NotFound',
      'productId',
    ],
    [
      'attachProductImage',
      'admin',
      'mutation($v: ID!) { attachProductImage(productId: $v, key: "products/x/y.png") { id } }',
      'NotFound',
      'productId',
    ],
    [
      'removeProductImage',
      'admin',
      'mutation($v: ID!) { removeProductImage(productId: $v, key: "products/x/y.png") { id } }',
      'NotFound',
      'productId',
    ],
    ['addToCart', 'shopper', 'mutation($v: ID!) { addToCart(sku: $v, quantity: 1) { itemCount } }', 'NotFound', 'sku'],
    [
      'setCartItemQuantity',
      'shopper',
      'mutation($v: ID!) { setCartItemQuantity(sku: $v, quantity: 1) { itemCount } }',
      'NotFound',
      'sku',
    ],
    ['removeFromCart', 'shopper', 'mutation($v: ID!) { removeFromCart(sku: $v) { itemCount } }', 'NotFound', 'sku'],
    ['adjustStock', 'admin', 'mutation($v: ID!) { adjustStock(sku: $v, delta: 1) { sku } }', 'ValidationError', 'sku'],
    [
      'setVariantPrice',
      'admin',
      'mutation($v: ID!) { setVariantPrice(sku: $v, price: { amount: 1 }) { sku } }',
      'ValidationError',
      'sku',
    ],
    [
      'searchProducts',
      'anon',
      'query($v: ID!) { searchProducts(filter: { categoryIds: [$v] }) { total } }',
      'ValidationError',
      'filter.categoryIds',
    ],
  ];
  it.each(refusals)('%s answers %s naming the field, changing nothing', async (_f, who, query, type, field) => {
    const before = await state();
    const error = await refused(who, query, { v: HUGE }, type);
    expect(error.errorInfo?.fields).toContain(field);
    expect(error.message.length).toBeLessThan(300);
    expect(await state()).toEqual(before);
  });

  it('updateProduct with a 2 KB categoryId is NotFound naming it, changing nothing', async () => {
    const before = await state();
    const update = 'mutation($i: UpdateProductInput!) { updateProduct(input: $i) { id } }';
    const input = { id: productId, expectedVersion: 1, categoryId: HUGE };
    const error = await refused('admin', update, { i: input }, 'NotFound');
    expect(error.errorInfo).toEqual({ fields: ['input.categoryId'] });
    expect(await state()).toEqual(before);
  });
});

describe('control characters in every name field', () => {
  const product = (change: Record<string, unknown>, variant: Record<string, unknown> = {}) => ({
    i: {
      slug: 'bad-lamp',
      name: 'Bad lamp',
      categoryId,
      tags: ['ok'],
      variants: [
        { sku: 'BAD-1', name: 'One', price: { amount: 1 }, options: [{ name: 'Size', value: 'M' }], ...variant },
      ],
      ...change,
    },
  });
  const CREATE = 'mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }';
  const CATEGORY = 'mutation($s: String!) { createCategory(input: { slug: "odd", name: $s }) { id } }';
  const address = { name: 'Ana', line1: 'Main St 1', city: 'Springfield', country: 'US' };
  // `bad` sits inside each value: at either end, trimming would take tabs and line breaks away.
  const cases = (bad: string): Array<[string, Who, string, Record<string, unknown>]> => [
    ['input.name', 'admin', CATEGORY, { s: `O${bad}dd` }],
    ['input.name', 'admin', CREATE, product({ name: `Bad${bad}lamp` })],
    ['input.tags[0]', 'admin', CREATE, product({ tags: [`o${bad}k`] })],
    ['input.variants[0].name', 'admin', CREATE, product({}, { name: `O${bad}ne` })],
    [
      'input.variants[0].options[0].name',
      'admin',
      CREATE,
      product({}, { options: [{ name: `S${bad}z`, value: 'M' }] }),
    ],
    [
      'input.variants[0].options[0].value',
      'admin',
      CREATE,
      product({}, { options: [{ name: 'S', value: `M${bad}L` }] }),
    ],
    [
      'input.name',
      'admin',
      'mutation($i: UpdateProductInput!) { updateProduct(input: $i) { id } }',
      { i: { id: productId, expectedVersion: 1, name: `Brass${bad}lamp` } },
    ],
    [
      'alt',
      'admin',
      'mutation($p: ID!, $k: String!, $a: String) { attachProductImage(productId: $p, key: $k, alt: $a) { id } }',
      { p: productId, k: `products/${productId}/01JZZZZZZZZZZZZZZZZZZZZZZZ.png`, a: `a${bad}b` },
    ],
    [
      'input.name',
      'shopper',
      'mutation($s: String) { updateProfile(input: { name: $s }) { name } }',
      { s: `A${bad}na` },
    ],
    [
      'input.defaultAddress.line1',
      'shopper',
      'mutation($a: AddressInput) { updateProfile(input: { defaultAddress: $a }) { name } }',
      { a: { ...address, line1: `Main${bad}St` } },
    ],
  ];
  const named = CONTROLS.map((c) => [c.codePointAt(0)!.toString(16).padStart(4, '0'), c]);
  it.each(named)('refuses U+%s with ValidationError naming the field, changing nothing', async (_code, bad) => {
    const before = await state();
    for (const [field, who, query, variables] of cases(bad)) {
      const error = await refused(who, query, variables, 'ValidationError');
      expect(error.errorInfo?.fields, `${field} ${JSON.stringify(bad)}`).toContain(field);
    }
    expect(await state()).toEqual(before);
  });
});

describe('descriptions and behaviour agree', () => {
  it('updateProfile(name: null) is a ValidationError and keeps the saved name', async () => {
    const before = await state();
    const error = await refused(
      'shopper',
      'mutation { updateProfile(input: { name: null }) { name } }',
      {},
      'ValidationError',
    );
    expect(error.errorInfo).toEqual({ fields: ['input.name'] });
    const after = await state();
    expect(after).toEqual(before);
    expect(after.shopper.me.name).toBe('Ana');
  });

  it('listProducts of an unknown category is NotFound; of an empty one, an empty page', async () => {
    const list = 'query($c: ID) { listProducts(categoryId: $c) { items { id } nextToken } }';
    const error = await refused('anon', list, { c: UNKNOWN }, 'NotFound');
    expect(error.errorInfo).toEqual({ fields: ['categoryId'] });
    const empty = await call('anon', list, { c: emptyCategoryId });
    expect(empty.errors).toBeUndefined();
    expect(empty.data.listProducts).toEqual({ items: [], nextToken: null });
    const full = await call('anon', list, { c: categoryId });
    expect(full.data.listProducts.items).toEqual([{ id: productId }]);
  });
});
