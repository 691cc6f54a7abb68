// Live order status as a storefront and the admin board receive it, through a published AppSync
// client (aws-appsync-subscription-link) against `npm start`: every selected field arrives whatever
// the triggering mutation selected (the stream → order-events → internal mutation path), a
// customer hears only their own orders, and only admins hear new orders.
import { ApolloClient, InMemoryCache, gql, type ApolloLink } from '@apollo/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createSubscriptionHandshakeLink } from 'aws-appsync-subscription-link';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  AddToCartDocument,
  CancelOrderDocument,
  CheckoutDocument,
  ListOrdersDocument,
  MyCartDocument,
  MyOrdersDocument,
  OnMyOrderStatusChangedDocument,
  OnOrderPlacedDocument,
  OrderDetailDocument,
  UpdateOrderStatusDocument,
} from '../../clients/generated/graphql.ts';
import { signIn } from '../support/cognito-tokens.ts';
import { graphql } from '../support/graphql-client.ts';
import { startShopProcess, type ShopProcess } from '../support/shop-process.ts';
import { signUpShopper, type Shopper } from '../support/shop-shoppers.ts';
import { signedGraphql } from '../support/sigv4-client.ts';

let shop: ShopProcess;
let adminToken: string;
let ada: Shopper;
let bob: Shopper;
const saved = (globalThis as { WebSocket?: unknown }).WebSocket;
const closers: Array<() => void> = [];

const PLACED =
  'subscription { onOrderPlaced { id customerId status total { amount currency } lines { sku quantity } } }';
const CHANGED =
  'subscription($id: ID) { onOrderStatusChanged(id: $id) { ' +
  'id customerId status statusHistory { status note } nextStatuses total { amount } } }';

function watch(token: string, query: string, variables: Record<string, unknown> = {}) {
  const link = createSubscriptionHandshakeLink({
    url: shop.outputs.graphqlUrl,
    region: shop.outputs.region,
    auth: { type: 'AMAZON_COGNITO_USER_POOLS', jwtToken: token },
  }) as unknown as ApolloLink;
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  const seen = { data: [] as any[], errors: [] as string[], at: [] as number[] };
  const sub = client.subscribe({ query: gql(query), variables, fetchPolicy: 'no-cache' }).subscribe({
    next: (r) => {
      if (r.error) seen.errors.push(JSON.stringify({ message: r.error.message, cause: (r.error as Error).cause }));
      else {
        seen.data.push(r.data);
        seen.at.push(performance.now());
      }
    },
    error: (e: unknown) =>
      void seen.errors.push(JSON.stringify({ message: (e as Error).message, cause: (e as Error).cause })),
  });
  closers.push(() => sub.unsubscribe());
  return seen;
}

const admin = (query: string, variables: Record<string, unknown> = {}) =>
  graphql(shop.outputs.graphqlUrl, query, variables, { authorization: adminToken });
const backend = (query: string, variables: Record<string, unknown>) =>
  signedGraphql(shop.outputs.graphqlUrl, shop.outputs.iam, shop.outputs.region, query, variables);

async function placeOrder(shopper: Shopper, sku: string): Promise<{ id: string; placedAt: number }> {
  expect(
    (await shopper.call('mutation($s: ID!) { addToCart(sku: $s, quantity: 2) { itemCount } }', { s: sku })).body.errors,
  ).toBeUndefined();
  const placedAt = performance.now();
  const input = {
    shippingAddress: { name: 'A', line1: '1 Main St', city: 'Springfield', country: 'US' },
    idempotencyKey: randomUUID(),
  };
  // The shopper's storefront selects only the id: the admin board must still get the total.
  const out = await shopper.call('mutation($input: CheckoutInput!) { checkout(input: $input) { id } }', { input });
  expect(out.body.errors).toBeUndefined();
  return { id: out.body.data.checkout.id as string, placedAt };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

beforeAll(async () => {
  (globalThis as { WebSocket?: unknown }).WebSocket = WebSocket; // Node 20 has no global WebSocket
  shop = await startShopProcess({ args: ['--no-seed'] });
  adminToken = (await signIn(shop.outputs, 'admin@example.com')).idToken;
  const category = await admin('mutation { createCategory(input: { slug: "live", name: "Live" }) { id } }');
  const product = await admin('mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }', {
    i: {
      slug: 'live-lamp',
      name: 'Live lamp',
      categoryId: category.body.data.createCategory.id,
      status: 'ACTIVE',
      variants: [{ sku: 'LIVE-1', name: 'One', price: { amount: 2500 }, stock: 100 }],
    },
  });
  expect(product.body.errors).toBeUndefined();
  [ada, bob] = await Promise.all([signUpShopper(shop.outputs, 'ada'), signUpShopper(shop.outputs, 'bob')]);
}, 120_000);

afterAll(async () => {
  closers.forEach((close) => close());
  await shop?.stop();
  (globalThis as { WebSocket?: unknown }).WebSocket = saved;
});

describe('live order status', () => {
  it('admins receive each new order with the fields they selected, though checkout selected only { id }', async () => {
    const board = watch(adminToken, PLACED);
    const refused = watch(bob.token, PLACED);
    await expect.poll(() => refused.errors.length, { timeout: 10_000 }).toBe(1);
    expect(refused.errors[0]).toContain('Unauthorized');
    await settle(); // the board's subscription is registered
    const { id, placedAt } = await placeOrder(ada, 'LIVE-1');
    await expect.poll(() => board.data.length, { timeout: 10_000 }).toBe(1);
    expect(board.data[0].onOrderPlaced).toMatchObject({
      id,
      status: 'PENDING_PAYMENT',
      total: { amount: 5000, currency: 'USD' },
      lines: [{ sku: 'LIVE-1', quantity: 2 }],
    });
    console.log(`checkout → onOrderPlaced: ${Math.round((board.at[0] as number) - placedAt)} ms`);
  });

  const OWNER_HEARS =
    'the owner hears a change the backend made selecting only { status }, with and without id; nobody else does';
  it(OWNER_HEARS, async () => {
    const { id } = await placeOrder(ada, 'LIVE-1');
    const all = watch(ada.token, CHANGED);
    const one = watch(ada.token, CHANGED, { id });
    const stranger = watch(bob.token, CHANGED);
    const snoop = watch(bob.token, CHANGED, { id });
    const staff = watch(adminToken, CHANGED, { id });
    await settle();
    const movedAt = performance.now();
    const moved = await backend(
      'mutation($id: ID!) { updateOrderStatus(id: $id, status: PAID, note: "pay-1") { status } }',
      { id },
    );
    expect(moved.body).toEqual({ data: { updateOrderStatus: { status: 'PAID' } } });
    const expected = {
      id,
      customerId: expect.any(String),
      status: 'PAID',
      nextStatuses: ['FULFILLING', 'CANCELLED', 'REFUNDED'],
      total: { amount: 5000 },
      statusHistory: [
        { status: 'PENDING_PAYMENT', note: null },
        { status: 'PAID', note: 'pay-1' },
      ],
    };
    for (const seen of [all, one, staff]) {
      await expect.poll(() => seen.data.length, { timeout: 10_000 }).toBe(1);
      expect(seen.data[0].onOrderStatusChanged).toMatchObject(expected);
    }
    console.log(`updateOrderStatus → onOrderStatusChanged: ${Math.round((one.at[0] as number) - movedAt)} ms`);

    const cancelled = await ada.call('mutation($id: ID!) { cancelOrder(id: $id) { id } }', { id });
    expect(cancelled.body.errors).toBeUndefined();
    await expect.poll(() => one.data.length, { timeout: 10_000 }).toBe(2);
    expect(one.data[1].onOrderStatusChanged).toMatchObject({ id, status: 'CANCELLED', nextStatuses: [] });
    await settle();
    expect(stranger.data).toEqual([]);
    expect(snoop.data).toEqual([]);
  });

  it("the screens' generated operations: cart, checkout, my orders, the board, live status", async () => {
    // Each call sends the document the storefront and admin ship (clients/operations), typed by codegen.
    const as = async <R, V>(token: string, doc: TypedDocumentNode<R, V>, variables: V): Promise<R> => {
      const out = await graphql(shop.outputs.graphqlUrl, print(doc), variables as Record<string, unknown>, {
        authorization: token,
      });
      expect(out.body.errors).toBeUndefined();
      return out.body.data as R;
    };
    const board = watch(adminToken, print(OnOrderPlacedDocument));
    const mine = watch(ada.token, print(OnMyOrderStatusChangedDocument));
    await settle();
    const cart = await as(ada.token, AddToCartDocument, { sku: 'LIVE-1', quantity: 1 });
    expect(cart.addToCart.itemCount).toBe(1);
    expect((await as(ada.token, MyCartDocument, {})).myCart.subtotal).toEqual({ amount: 2500, currency: 'USD' });
    const address = { name: 'A', line1: '1 Main St', city: 'Springfield', country: 'US' };
    const input = { shippingAddress: address, idempotencyKey: randomUUID() };
    const { checkout } = await as(ada.token, CheckoutDocument, { input });
    expect((await as(ada.token, MyOrdersDocument, { limit: 1 })).myOrders.items[0]?.id).toBe(checkout.id);
    expect((await as(ada.token, OrderDetailDocument, { id: checkout.id })).order?.status).toBe('PENDING_PAYMENT');
    const listed = await as(adminToken, ListOrdersDocument, { status: 'PENDING_PAYMENT', limit: 100 });
    expect(listed.listOrders.items.map((o) => o.id)).toContain(checkout.id);
    await expect.poll(() => board.data.some((d) => d.onOrderPlaced.id === checkout.id), { timeout: 10_000 }).toBe(true);
    await as(adminToken, UpdateOrderStatusDocument, { id: checkout.id, status: 'PAID', note: null });
    const cancelled = await as(ada.token, CancelOrderDocument, { id: checkout.id });
    expect(cancelled.cancelOrder.status).toBe('CANCELLED');
    const statuses = () =>
      mine.data.filter((d) => d.onOrderStatusChanged.id === checkout.id).map((d) => d.onOrderStatusChanged.status);
    await expect.poll(statuses, { timeout: 10_000 }).toEqual(['PAID', 'CANCELLED']);
  });
});
