// Payments end to end against `npm start` and its Stripe twin, as a shopper, an attacker and an admin
// would meet them: checkout → the hosted page (declined, then paid) → live PAID through the signed
// webhook; foreign return URLs, other people's orders and forged webhooks refused; partial then full
// refunds, never more than paid; an abandoned order expired by the schedule with its stock back.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../support/cognito-tokens.ts';
import { graphql } from '../support/graphql-client.ts';
import { startShopProcess, type ShopProcess } from '../support/shop-process.ts';
import { signUpShopper, type Shopper } from '../support/shop-shoppers.ts';

let shop: ShopProcess;
let admin: string;
let ada: Shopper;
let bob: Shopper;
let origin: string;

const ORDER = `id status total { amount currency }
  payment { status amount { amount } refunded { amount } failureMessage }
  statusHistory { status note } lines { sku quantity }`;

beforeAll(async () => {
  // Orders expire after one minute here, so the abandoned-order test needs no 30-minute wait.
  shop = await startShopProcess({ args: ['--parameters', 'UnpaidOrderMinutes=1'] });
  origin = new URL(shop.outputs.graphqlUrl).origin;
  admin = (await signIn(shop.outputs, 'admin@example.com')).idToken;
  [ada, bob] = await Promise.all([signUpShopper(shop.outputs, 'ada'), signUpShopper(shop.outputs, 'bob')]);
}, 180_000);

afterAll(async () => {
  await shop?.stop();
});

const asAdmin = (query: string, variables: Record<string, unknown> = {}) =>
  graphql(shop.outputs.graphqlUrl, query, variables, { authorization: admin });

async function inStockSku(): Promise<string> {
  const { body } = await asAdmin('{ listProducts(limit: 20) { items { variants { sku stock } } } }');
  const variants = body.data.listProducts.items.flatMap((p: any) => p.variants);
  return [...variants].sort((a: any, b: any) => b.stock - a.stock)[0].sku;
}

async function placeOrder(shopper: Shopper, quantity = 1): Promise<any> {
  const sku = await inStockSku();
  expect(
    (
      await shopper.call('mutation($s: ID!, $q: Int!) { addToCart(sku: $s, quantity: $q) { itemCount } }', {
        s: sku,
        q: quantity,
      })
    ).body.errors,
  ).toBeUndefined();
  const address = { name: 'Ada', line1: '1 Main St', city: 'Springfield', postalCode: '12345', country: 'US' };
  const { body } = await shopper.call(`mutation($i: CheckoutInput!) { checkout(input: $i) { ${ORDER} } }`, {
    i: { shippingAddress: address, idempotencyKey: randomUUID() },
  });
  expect(body.errors).toBeUndefined();
  return body.data.checkout;
}

const START = 'mutation($o: ID!, $r: AWSURL!) { startPayment(orderId: $o, returnUrl: $r) { url expiresAt } }';

async function readOrder(id: string): Promise<any> {
  return (await asAdmin(`query($id: ID!) { order(id: $id) { ${ORDER} } }`, { id })).body.data.order;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** What the hosted page's form sends; answers the page (decline) or the redirect (paid). */
function payOnPage(url: string, card: string): Promise<Response> {
  const form = new URLSearchParams({ cardnumber: card, exp: '12 / 34', cvc: '123' });
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    redirect: 'manual',
  });
}

describe('paying for an order', () => {
  it('declined, then paid on the hosted page for exactly the total: PAID through the webhook', async () => {
    const order = await placeOrder(ada, 2);
    expect(order.payment).toBeNull();
    const returnUrl = `${origin}/shop/orders/${order.id}`;
    const first = (await ada.call(START, { o: order.id, r: returnUrl })).body.data.startPayment;
    const page = await (await fetch(first.url)).text();
    expect(page).toContain('Card number');
    expect(page).toContain((order.total.amount / 100).toFixed(2));

    const declined = await payOnPage(first.url, '4000 0000 0000 0002');
    expect(await declined.text()).toContain('Your card was declined.');
    const failed = await until(
      () => readOrder(order.id),
      (o) => o.payment?.status === 'FAILED',
    );
    expect(failed).toMatchObject({ status: 'PENDING_PAYMENT', payment: { failureMessage: 'Your card was declined.' } });

    // paying again answers the same open page, so two tabs never make two sessions
    const again = (await ada.call(START, { o: order.id, r: returnUrl })).body.data.startPayment;
    expect(again.url).toBe(first.url);
    const paid = await payOnPage(again.url, '4242 4242 4242 4242');
    expect(paid.status).toBe(303);
    const back = new URL(paid.headers.get('location')!);
    expect(`${back.origin}${back.pathname}`).toBe(returnUrl);
    expect(back.searchParams.get('payment')).toBe('success');

    const done = await until(
      () => readOrder(order.id),
      (o) => o.status === 'PAID',
    );
    expect(done).toMatchObject({
      status: 'PAID',
      payment: { status: 'PAID', amount: { amount: order.total.amount }, refunded: { amount: 0 } },
    });
    const refused = await ada.call(START, { o: order.id, r: returnUrl });
    expect(refused.body.errors?.[0]?.errorType).toBe('ConflictError');
  }, 60_000);

  it('refuses a foreign returnUrl, another customer’s order and a forged webhook, changing nothing', async () => {
    const order = await placeOrder(bob);
    const foreign = await bob.call(START, { o: order.id, r: 'https://evil.example/steal' });
    expect(foreign.body.errors?.[0]?.errorType).toBe('ValidationError');
    const lookalike = await bob.call(START, { o: order.id, r: `${origin}.evil.example/x` });
    expect(lookalike.body.errors?.[0]?.errorType).toBe('ValidationError');
    const notHers = await ada.call(START, { o: order.id, r: `${origin}/shop/` });
    expect(notHers.body.errors?.[0]?.errorType).toBe('NotFound');
    expect((await readOrder(order.id)).payment).toBeNull();

    const forged = JSON.stringify({
      id: 'evt_forged',
      type: 'checkout.session.completed',
      data: {
        object: {
          id: 'cs_x',
          payment_status: 'paid',
          amount_total: order.total.amount,
          metadata: { orderId: order.id },
        },
      },
    });
    const webhook = shop.outputs.stripeWebhookUrl!;
    for (const signature of [undefined, `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}`]) {
      const res = await fetch(webhook, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) },
        body: forged,
      });
      expect(res.status).toBe(400);
    }
    expect(await readOrder(order.id)).toMatchObject({ status: 'PENDING_PAYMENT', payment: null });
    // cancelled here, so the expiry schedule does not put its stock back during the test below
    const cancelled = await bob.call('mutation($id: ID!) { cancelOrder(id: $id) { status } }', { id: order.id });
    expect(cancelled.body.data.cancelOrder.status).toBe('CANCELLED');
  }, 60_000);
});

describe('refunds', () => {
  it('partial, then the rest: never more than paid, a double click refunds once, the order ends REFUNDED', async () => {
    const order = await placeOrder(ada, 3);
    const { url } = (await ada.call(START, { o: order.id, r: `${origin}/shop/` })).body.data.startPayment;
    expect((await payOnPage(url, '4242424242424242')).status).toBe(303);
    await until(
      () => readOrder(order.id),
      (o) => o.status === 'PAID',
    );
    const REFUND = `mutation($id: ID!, $a: Int) { refundOrder(id: $id, amount: $a, reason: "test") { ${ORDER} } }`;

    const tooMuch = await asAdmin(REFUND, { id: order.id, a: order.total.amount + 1 });
    expect(tooMuch.body.errors?.[0]?.errorType).toBe('ValidationError');
    const shopper = await ada.call(REFUND, { id: order.id, a: 1 });
    expect(shopper.body.errors?.[0]?.errorType).toBe('Unauthorized');

    const clicks = await Promise.all([1, 2].map(() => asAdmin(REFUND, { id: order.id, a: 100 })));
    expect(clicks.filter((c) => !c.body.errors)).not.toHaveLength(0);
    const partial = await until(
      () => readOrder(order.id),
      (o) => o.payment.refunded.amount >= 100,
    );
    expect(partial.payment).toMatchObject({ status: 'PARTIALLY_REFUNDED', refunded: { amount: 100 } });

    const rest = await asAdmin(REFUND, { id: order.id });
    expect(rest.body.errors).toBeUndefined();
    const refunded = await until(
      () => readOrder(order.id),
      (o) => o.status === 'REFUNDED',
    );
    expect(refunded).toMatchObject({
      status: 'REFUNDED',
      payment: { status: 'REFUNDED', refunded: { amount: order.total.amount } },
    });
    const again = await asAdmin(REFUND, { id: order.id, a: 1 });
    expect(again.body.errors?.[0]?.errorType).toMatch(/ConflictError|ValidationError/);
  }, 60_000);
});

describe('unpaid orders', () => {
  it('are cancelled by the schedule after UnpaidOrderMinutes, their stock back and their page closed', async () => {
    const sku = await inStockSku();
    const stockOf = async () =>
      (await asAdmin('{ listProducts(limit: 20) { items { variants { sku stock } } } }')).body.data.listProducts.items
        .flatMap((p: any) => p.variants)
        .find((v: any) => v.sku === sku).stock;
    const before = await stockOf();
    const order = await placeOrder(bob, 1);
    expect(await stockOf()).toBe(before - 1);
    const { url } = (await bob.call(START, { o: order.id, r: `${origin}/shop/` })).body.data.startPayment;
    // one minute of age, then the next run of the every-minute schedule
    const expired = await until(
      () => readOrder(order.id),
      (o) => o.status === 'CANCELLED',
      150_000,
    );
    expect(expired.status).toBe('CANCELLED');
    expect(expired.statusHistory.at(-1).note).toMatch(/not paid within 1 minute/);
    expect(await stockOf()).toBe(before);
    const closed = await payOnPage(url, '4242424242424242');
    expect(closed.status).not.toBe(303);
  }, 200_000);
});
