// Cart, checkout and orders through `npm start`'s API over HTTP, as storefronts, the admin board
// and the payment backend (IAM) call it: a shopper's journey, the races (50 shoppers for 10 units,
// 20 retries of one checkout, two status changes at once) and isolation between customers.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../support/cognito-tokens.ts';
import { graphql } from '../support/graphql-client.ts';
import { startShopProcess, type ShopProcess } from '../support/shop-process.ts';
import { signUpShopper, type Shopper } from '../support/shop-shoppers.ts';
import { signedGraphql } from '../support/sigv4-client.ts';

let shop: ShopProcess;
let adminToken: string;
let categoryId: string;

const ORDER_FIELDS =
  'id customerId status total { amount currency } subtotal { amount } ' +
  'lines { sku name quantity unitPrice { amount } lineTotal { amount } } ' +
  'shippingAddress { name country } statusHistory { status note } nextStatuses';
const CART =
  '{ items { sku productId name quantity unitPrice { amount } lineTotal { amount } inStock } ' +
  'subtotal { amount currency } itemCount }';
const ADD = `mutation($sku: ID!, $q: Int!) { addToCart(sku: $sku, quantity: $q) ${CART} }`;
const SET = `mutation($sku: ID!, $q: Int!) { setCartItemQuantity(sku: $sku, quantity: $q) ${CART} }`;
const REMOVE = `mutation($sku: ID!) { removeFromCart(sku: $sku) ${CART} }`;
const CHECKOUT = `mutation($input: CheckoutInput!) { checkout(input: $input) { ${ORDER_FIELDS} } }`;
const ORDER = `query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelOrder(id: $id) { ${ORDER_FIELDS} } }`;
const UPDATE =
  'mutation($id: ID!, $status: OrderStatus!, $note: String) { ' +
  'updateOrderStatus(id: $id, status: $status, note: $note) { ' +
  'id customerId status statusHistory { status note } nextStatuses } }';
const address = { name: 'Ada Shopper', line1: '1 Main St', city: 'Springfield', postalCode: '12345', country: 'US' };
const checkoutInput = (key = randomUUID()) => ({ shippingAddress: address, idempotencyKey: key });

const admin = (query: string, variables: Record<string, unknown> = {}) =>
  graphql(shop.outputs.graphqlUrl, query, variables, { authorization: adminToken });
const backend = (query: string, variables: Record<string, unknown> = {}) =>
  signedGraphql(shop.outputs.graphqlUrl, shop.outputs.iam, shop.outputs.region, query, variables);
const stockOf = async (sku: string) => {
  const LIST =
    'query($t: String) { listProducts(limit: 100, nextToken: $t) { items { variants { sku stock } } nextToken } }';
  let nextToken: string | null = null;
  do {
    const page: any = (
      await graphql(shop.outputs.graphqlUrl, LIST, { t: nextToken }, { 'x-api-key': shop.outputs.apiKey })
    ).body.data.listProducts;
    const found = (page.items as any[]).flatMap((p) => p.variants).find((v) => v.sku === sku);
    if (found) return found.stock as number;
    nextToken = page.nextToken;
  } while (nextToken);
  throw new Error(`no variant ${sku} listed`);
};

async function createProduct(slug: string, variants: Array<{ sku: string; price: number; stock: number }>) {
  const out = await admin('mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }', {
    input: {
      slug,
      name: `Product ${slug}`,
      categoryId,
      status: 'ACTIVE',
      variants: variants.map((v) => ({
        sku: v.sku,
        name: `Size ${v.sku}`,
        price: { amount: v.price },
        stock: v.stock,
      })),
    },
  });
  expect(out.body.errors).toBeUndefined();
  return out.body.data.createProduct.id as string;
}

beforeAll(async () => {
  shop = await startShopProcess({ args: ['--no-seed'] });
  adminToken = (await signIn(shop.outputs, 'admin@example.com')).idToken;
  const cat = await admin(
    'mutation { createCategory(input: { slug: "checkout-test", name: "Checkout test" }) { id } }',
  );
  categoryId = cat.body.data.createCategory.id;
}, 120_000);
afterAll(async () => {
  await shop?.stop();
});

describe("a shopper's journey", () => {
  const WHOLE_JOURNEY =
    'browses, fills the cart, checks out, sees the order, which the backend moves and the shopper cancels';
  it(WHOLE_JOURNEY, async () => {
    const productId = await createProduct('journey-mug', [
      { sku: 'JOURNEY-L', price: 1500, stock: 5 },
      { sku: 'JOURNEY-S', price: 1200, stock: 3 },
    ]);
    const ada = await signUpShopper(shop.outputs, 'ada');

    const empty = await ada.call(`{ myCart ${CART} }`);
    expect(empty.body.data.myCart).toEqual({ items: [], subtotal: { amount: 0, currency: 'USD' }, itemCount: 0 });

    await ada.call(ADD, { sku: 'JOURNEY-L', q: 2 });
    await ada.call(ADD, { sku: 'JOURNEY-S', q: 1 });
    const added = await ada.call(ADD, { sku: 'JOURNEY-L', q: 1 });
    expect(added.body.errors).toBeUndefined();
    expect(added.body.data.addToCart).toEqual({
      items: [
        {
          sku: 'JOURNEY-L',
          productId,
          name: 'Product journey-mug — Size JOURNEY-L',
          quantity: 3,
          unitPrice: { amount: 1500 },
          lineTotal: { amount: 4500 },
          inStock: true,
        },
        {
          sku: 'JOURNEY-S',
          productId,
          name: 'Product journey-mug — Size JOURNEY-S',
          quantity: 1,
          unitPrice: { amount: 1200 },
          lineTotal: { amount: 1200 },
          inStock: true,
        },
      ],
      subtotal: { amount: 5700, currency: 'USD' },
      itemCount: 4,
    });
    expect((await ada.call(SET, { sku: 'JOURNEY-S', q: 4 })).body.data.setCartItemQuantity.items[1]).toMatchObject({
      quantity: 4,
      inStock: false,
    });
    expect((await ada.call(SET, { sku: 'JOURNEY-S', q: 2 })).body.data.setCartItemQuantity.itemCount).toBe(5);
    // the price moves: the cart shows the new one at once
    await admin('mutation { setVariantPrice(sku: "JOURNEY-S", price: { amount: 1000 }) { sku } }');
    expect((await ada.call(`{ myCart ${CART} }`)).body.data.myCart.subtotal.amount).toBe(4500 + 2000);

    const placed = await ada.call(CHECKOUT, { input: checkoutInput() });
    expect(placed.body.errors).toBeUndefined();
    const order = placed.body.data.checkout;
    expect(order).toMatchObject({
      status: 'PENDING_PAYMENT',
      total: { amount: 6500, currency: 'USD' },
      lines: [
        { sku: 'JOURNEY-L', quantity: 3, unitPrice: { amount: 1500 }, lineTotal: { amount: 4500 } },
        { sku: 'JOURNEY-S', quantity: 2, unitPrice: { amount: 1000 } },
      ],
      shippingAddress: { name: 'Ada Shopper', country: 'US' },
      statusHistory: [{ status: 'PENDING_PAYMENT', note: null }],
      nextStatuses: ['PAID', 'CANCELLED'],
    });
    expect(await stockOf('JOURNEY-L')).toBe(2);
    expect(await stockOf('JOURNEY-S')).toBe(1);
    expect((await ada.call(`{ myCart ${CART} }`)).body.data.myCart.items).toEqual([]);

    const mine = await ada.call(`{ myOrders(limit: 10) { items { id status total { amount } } nextToken } }`);
    expect(mine.body.data.myOrders.items).toEqual([
      { id: order.id, status: 'PENDING_PAYMENT', total: { amount: 6500 } },
    ]);

    const paid = await backend(UPDATE, { id: order.id, status: 'PAID', note: 'pay_123' });
    expect(paid.body.errors).toBeUndefined();
    expect(paid.body.data.updateOrderStatus).toMatchObject({
      status: 'PAID',
      customerId: order.customerId,
      nextStatuses: ['FULFILLING', 'CANCELLED', 'REFUNDED'],
    });
    const readByBackend = await backend(ORDER, { id: order.id });
    expect(readByBackend.body.data.order.statusHistory).toEqual([
      { status: 'PENDING_PAYMENT', note: null },
      { status: 'PAID', note: 'pay_123' },
    ]);

    const board = await admin('{ listOrders(status: PAID, limit: 100) { items { id } } }');
    expect(board.body.data.listOrders.items.map((o: any) => o.id)).toContain(order.id);

    const cancelled = await ada.call(CANCEL, { id: order.id });
    expect(cancelled.body.errors).toBeUndefined();
    expect(cancelled.body.data.cancelOrder).toMatchObject({ status: 'CANCELLED', nextStatuses: [] });
    expect(await stockOf('JOURNEY-L')).toBe(5);
    expect(await stockOf('JOURNEY-S')).toBe(3);
    const again = await ada.call(CANCEL, { id: order.id });
    expect(again.body.errors?.[0]).toMatchObject({ errorType: 'InvalidTransition' });
    expect(await stockOf('JOURNEY-L')).toBe(5);
  });

  it('refuses an empty cart, a bad address and key, unknown SKUs and a short line — changing nothing', async () => {
    await createProduct('short-mug', [
      { sku: 'SHORT-A', price: 500, stock: 2 },
      { sku: 'SHORT-B', price: 700, stock: 9 },
    ]);
    const bob = await signUpShopper(shop.outputs, 'bob');
    expect((await bob.call(CHECKOUT, { input: checkoutInput() })).body.errors?.[0]).toMatchObject({
      errorType: 'ValidationError',
      message: 'The cart is empty: add something before checking out',
    });
    expect((await bob.call(ADD, { sku: 'NO-SUCH-SKU', q: 1 })).body.errors?.[0]).toMatchObject({
      errorType: 'NotFound',
    });
    expect((await bob.call(ADD, { sku: 'SHORT-A', q: 100 })).body.errors?.[0]).toMatchObject({
      errorType: 'ValidationError',
      errorInfo: { fields: ['quantity'] },
    });
    await bob.call(ADD, { sku: 'SHORT-A', q: 3 });
    await bob.call(ADD, { sku: 'SHORT-B', q: 1 });
    const bad = await bob.call(CHECKOUT, {
      input: { shippingAddress: { ...address, country: 'usa' }, idempotencyKey: 'short' },
    });
    expect(bad.body.errors?.[0]).toMatchObject({
      errorType: 'ValidationError',
      errorInfo: { fields: ['input.shippingAddress.country', 'input.idempotencyKey'] },
    });
    const short = await bob.call(CHECKOUT, { input: checkoutInput() });
    expect(short.body.errors?.[0]).toMatchObject({ errorType: 'InsufficientStock', errorInfo: { skus: ['SHORT-A'] } });
    expect(await stockOf('SHORT-A')).toBe(2);
    expect(await stockOf('SHORT-B')).toBe(9);
    expect((await bob.call(`{ myCart ${CART} }`)).body.data.myCart.itemCount).toBe(4);
    expect((await bob.call('{ myOrders { items { id } } }')).body.data.myOrders.items).toEqual([]);
    expect((await bob.call(REMOVE, { sku: 'SHORT-A' })).body.data.removeFromCart.items.map((i: any) => i.sku)).toEqual([
      'SHORT-B',
    ]);
  });
});

describe('races', () => {
  it('sells exactly the stock: 50 shoppers at once for 10 units make 10 orders and 40 InsufficientStock', async () => {
    await createProduct('rush-mug', [{ sku: 'RUSH-1', price: 900, stock: 10 }]);
    const shoppers: Shopper[] = [];
    for (let i = 0; i < 50; i += 5)
      shoppers.push(...(await Promise.all([0, 1, 2, 3, 4].map((j) => signUpShopper(shop.outputs, `rush${i + j}`)))));
    for (const s of shoppers) expect((await s.call(ADD, { sku: 'RUSH-1', q: 1 })).body.errors).toBeUndefined();

    const outcomes = await Promise.all(shoppers.map((s) => s.call(CHECKOUT, { input: checkoutInput() })));
    const orders = outcomes.filter((o) => o.body.data?.checkout);
    const refused = outcomes.map((o) => o.body.errors?.[0]).filter(Boolean);
    expect(orders).toHaveLength(10);
    expect(refused).toHaveLength(40);
    for (const error of refused)
      expect(error).toMatchObject({ errorType: 'InsufficientStock', errorInfo: { skus: ['RUSH-1'] } });
    expect(await stockOf('RUSH-1')).toBe(0);
    const board = await admin('{ listOrders(limit: 100) { items { id lines { sku } } } }');
    expect(board.body.data.listOrders.items.filter((o: any) => o.lines[0].sku === 'RUSH-1')).toHaveLength(10);
  });

  it('answers 20 concurrent checkouts with one idempotency key with one and the same order', async () => {
    await createProduct('retry-mug', [{ sku: 'RETRY-1', price: 400, stock: 30 }]);
    const cleo = await signUpShopper(shop.outputs, 'cleo');
    await cleo.call(ADD, { sku: 'RETRY-1', q: 2 });
    const key = randomUUID();
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => cleo.call(CHECKOUT, { input: checkoutInput(key) })),
    );
    for (const o of outcomes) expect(o.body.errors).toBeUndefined();
    const ids = new Set(outcomes.map((o) => o.body.data.checkout.id));
    expect(ids.size).toBe(1);
    expect(await stockOf('RETRY-1')).toBe(28);
    expect((await cleo.call('{ myOrders { items { id } } }')).body.data.myOrders.items).toEqual([{ id: [...ids][0] }]);
    // later, with a new cart, the same key still answers the first order and sells nothing
    await cleo.call(ADD, { sku: 'RETRY-1', q: 5 });
    expect((await cleo.call(CHECKOUT, { input: checkoutInput(key) })).body.data.checkout.id).toBe([...ids][0]);
    expect(await stockOf('RETRY-1')).toBe(28);
  });

  it('refuses every transition outside the table, and lets only one of two racing changes win', async () => {
    await createProduct('state-mug', [{ sku: 'STATE-1', price: 100, stock: 50 }]);
    const dan = await signUpShopper(shop.outputs, 'dan');
    const place = async () => {
      await dan.call(ADD, { sku: 'STATE-1', q: 1 });
      return (await dan.call(CHECKOUT, { input: checkoutInput() })).body.data.checkout.id as string;
    };
    const allowed: Record<string, string[]> = {
      PENDING_PAYMENT: ['PAID', 'CANCELLED'],
      PAID: ['FULFILLING', 'CANCELLED', 'REFUNDED'],
      FULFILLING: ['SHIPPED', 'CANCELLED'],
      SHIPPED: ['DELIVERED'],
      DELIVERED: ['REFUNDED'],
      CANCELLED: [],
      REFUNDED: [],
    };
    const all = Object.keys(allowed);
    const id = await place();
    // walk PENDING_PAYMENT → PAID → FULFILLING → SHIPPED → DELIVERED → REFUNDED, trying every illegal move on the way
    for (const [from, to] of [
      ['PENDING_PAYMENT', 'PAID'],
      ['PAID', 'FULFILLING'],
      ['FULFILLING', 'SHIPPED'],
      ['SHIPPED', 'DELIVERED'],
      ['DELIVERED', 'REFUNDED'],
      ['REFUNDED', null],
    ] as const) {
      for (const status of all.filter((s) => !(allowed[from] ?? []).includes(s))) {
        const refused = await backend(UPDATE, { id, status });
        expect(refused.body.errors?.[0], `${from} → ${status}`).toMatchObject({ errorType: 'InvalidTransition' });
      }
      if (to) expect((await backend(UPDATE, { id, status: to })).body.data.updateOrderStatus.status).toBe(to);
    }
    expect((await backend(ORDER, { id })).body.data.order.statusHistory.map((h: any) => h.status)).toEqual([
      'PENDING_PAYMENT',
      'PAID',
      'FULFILLING',
      'SHIPPED',
      'DELIVERED',
      'REFUNDED',
    ]);
    expect((await admin(UPDATE, { id, status: 'PAID', note: 'x'.repeat(501) })).body.errors?.[0]).toMatchObject({
      errorType: 'ValidationError',
    });

    // two racing changes from FULFILLING: SHIPPED and CANCELLED are each legal from there but neither is
    // legal after the other, so whichever order the engine runs them in, exactly one wins (a race from
    // PENDING_PAYMENT would not do: PAID → CANCELLED is legal, so two serialized changes both succeed)
    const raced = await place();
    for (const status of ['PAID', 'FULFILLING']) {
      expect((await backend(UPDATE, { id: raced, status })).body.data.updateOrderStatus.status).toBe(status);
    }
    const stockBefore = await stockOf('STATE-1');
    const [a, b] = await Promise.all([
      backend(UPDATE, { id: raced, status: 'SHIPPED' }),
      admin(UPDATE, { id: raced, status: 'CANCELLED' }),
    ]);
    const winners = [a, b].filter((r) => r.body.data?.updateOrderStatus);
    expect(winners).toHaveLength(1);
    expect([a, b].find((r) => r.body.errors)?.body.errors?.[0]).toMatchObject({ errorType: 'InvalidTransition' });
    const final = (await backend(ORDER, { id: raced })).body.data.order;
    expect(final.statusHistory).toHaveLength(4);
    expect(final.status).toBe(winners[0]!.body.data.updateOrderStatus.status);
    expect(await stockOf('STATE-1')).toBe(final.status === 'CANCELLED' ? stockBefore + 1 : stockBefore);
  });
});

describe('isolation', () => {
  it("keeps one customer's order out of another's reach", async () => {
    await createProduct('private-mug', [{ sku: 'PRIVATE-1', price: 100, stock: 5 }]);
    const eve = await signUpShopper(shop.outputs, 'eve');
    const mallory = await signUpShopper(shop.outputs, 'mallory');
    await eve.call(ADD, { sku: 'PRIVATE-1', q: 1 });
    const id = (await eve.call(CHECKOUT, { input: checkoutInput() })).body.data.checkout.id;
    const peek = await mallory.call(ORDER, { id });
    expect(peek.body).toEqual({ data: { order: null } });
    const cancel = await mallory.call(CANCEL, { id });
    expect(cancel.body.data).toBeNull();
    expect(cancel.body.errors?.[0]).toMatchObject({ errorType: 'NotFound' });
    expect(JSON.stringify(cancel.body)).not.toContain('Ada');
    expect((await mallory.call('{ myOrders { items { id } } }')).body.data.myOrders.items).toEqual([]);
    expect((await mallory.call(`{ myCart ${CART} }`)).body.data.myCart.items).toEqual([]);
    expect((await mallory.call('{ listOrders { items { id } } }')).body.errors?.[0]).toMatchObject({
      errorType: 'Unauthorized',
    });
    expect((await eve.call(ORDER, { id })).body.data.order.status).toBe('PENDING_PAYMENT');
  });
});

describe('catalog pages that select variants', () => {
  const PAGED_VARIANTS =
    'attach every variant with a page cut to one BatchGetItem (≤ 100 variants), resuming where it stopped';
  it(PAGED_VARIANTS, async () => {
    const cat = (await admin('mutation { createCategory(input: { slug: "wide-products", name: "Wide" }) { id } }')).body
      .data.createCategory.id;
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      const out = await admin('mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }', {
        input: {
          slug: `wide-${n}`,
          name: `Wide ${n}`,
          categoryId: cat,
          status: 'ACTIVE',
          variants: Array.from({ length: 50 }, (_, i) => ({
            sku: `WIDE${n}-${i}`,
            name: `V${i}`,
            price: { amount: 100 + i },
            stock: i,
          })),
        },
      });
      expect(out.body.errors).toBeUndefined();
      ids.push(out.body.data.createProduct.id);
    }
    const LIST =
      'query($c: ID, $t: String) { listProducts(categoryId: $c, limit: 20, nextToken: $t) { ' +
      'items { id variants { sku stock price { amount } } } nextToken } }';
    const first = (await graphql(shop.outputs.graphqlUrl, LIST, { c: cat }, { 'x-api-key': shop.outputs.apiKey })).body;
    expect(first.errors).toBeUndefined();
    expect(first.data.listProducts.items.map((p: any) => p.id)).toEqual([ids[2], ids[1]]);
    expect(first.data.listProducts.items[0].variants).toHaveLength(50);
    expect(first.data.listProducts.items[0].variants[7]).toEqual({ sku: 'WIDE3-7', stock: 7, price: { amount: 107 } });
    const second = (
      await graphql(
        shop.outputs.graphqlUrl,
        LIST,
        { c: cat, t: first.data.listProducts.nextToken },
        { 'x-api-key': shop.outputs.apiKey },
      )
    ).body;
    expect(second.errors).toBeUndefined();
    expect(second.data.listProducts.items.map((p: any) => [p.id, p.variants.length])).toEqual([[ids[0], 50]]);
    expect(second.data.listProducts.nextToken).toBeNull();
    // without variants selected the page is not cut
    const plain = (
      await graphql(
        shop.outputs.graphqlUrl,
        'query($c: ID) { listProducts(categoryId: $c) { items { id } nextToken } }',
        { c: cat },
        { 'x-api-key': shop.outputs.apiKey },
      )
    ).body;
    expect(plain.data.listProducts.items).toHaveLength(3);
  });
});
