// Payments, the shopper's and the admin's side: startPayment (origins, ownership, the open session,
// the exact createSession payload and the conditional write), Order.payment, refundOrder and a PAID
// order's cancelOrder (the exact refund payloads, keys and writes, and how failures map).
import { beforeAll, describe, expect, it } from 'vitest';
import { builtResolvers } from '../support/built-resolvers.ts';
import { callers, run } from '../support/resolver-harness.ts';
import {
  backend,
  minutesFromNow,
  ORDER_ID,
  ORDER_KEY,
  orderItem,
  paidPayment,
  payment,
  PAYMENT_ENV,
} from './payment-fixtures.ts';

beforeAll(() => builtResolvers().then(() => undefined));

const S = 'orders/Mutation.startPayment';
const env = PAYMENT_ENV;
const RETURN = 'http://127.0.0.1:4000/shop/orders/01JRDR00000000000000000000';
const startArgs = (returnUrl = RETURN) => ({ orderId: ORDER_ID, returnUrl });
const shopper = { identity: callers.shopper, env };

describe('Mutation.startPayment: who and where to', () => {
  it('is for signed-in users; IAM and API-key callers are Unauthorized', async () => {
    for (const identity of [backend, callers.anonymous]) {
      const { error } = await run(`${S}/index`, 'request', { identity, env, arguments: startArgs() });
      expect(error).toMatchObject({ errorType: 'Unauthorized' });
    }
    const ok = await run(`${S}/index`, 'request', { ...shopper, arguments: startArgs() });
    expect(ok.error).toBeUndefined();
    expect(ok.stash.sub).toBe('user-shopper');
  });

  it.each([
    ['another host', 'https://evil.example/shop'],
    ['a longer port', 'http://127.0.0.1:40000/shop'],
    ['userinfo after the origin', 'http://127.0.0.1:4000@evil.example/'],
    ['a backslash', 'http://127.0.0.1:4000\\@evil.example/'],
    ['another scheme', 'https://127.0.0.1:4000/shop'],
    ['a space', 'http://localhost:4000/shop x'],
    ['an over-long URL', `http://localhost:4000/${'a'.repeat(1900)}`],
  ])('refuses a returnUrl on %s as ValidationError naming returnUrl', async (_what, returnUrl) => {
    const { error } = await run(`${S}/index`, 'request', { ...shopper, arguments: startArgs(returnUrl) });
    expect(error).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: ['returnUrl'] } });
  });

  it('accepts each storefront origin (any case, path, query or fragment); none configured, none', async () => {
    for (const url of ['http://LOCALHOST:4000', 'http://localhost:4000?x=1', 'http://127.0.0.1:4000/#top', RETURN]) {
      expect((await run(`${S}/index`, 'request', { ...shopper, arguments: startArgs(url) })).error).toBeUndefined();
    }
    const unset = await run(`${S}/index`, 'request', {
      identity: callers.shopper,
      env: { TABLE_NAME: 'ShopTable' },
      arguments: startArgs(),
    });
    expect(unset.error).toMatchObject({ errorType: 'ValidationError' });
  });

  it('answers an id the API cannot have made as NotFound, before any read', async () => {
    const { error } = await run(`${S}/index`, 'request', { ...shopper, arguments: { ...startArgs(), orderId: 'x' } });
    expect(error).toMatchObject({ errorType: 'NotFound', errorInfo: { fields: ['orderId'] } });
  });
});

describe('Mutation.startPayment: the order and its session', () => {
  const getOrder = (result: unknown) =>
    run(`${S}/01.getOrder`, 'response', { ...shopper, arguments: startArgs(), stash: { sub: 'user-shopper' }, result });

  it("reads the order consistently; someone else's or a missing one is NotFound", async () => {
    const { result } = await run(`${S}/01.getOrder`, 'request', { ...shopper, arguments: startArgs() });
    expect(result).toEqual({ operation: 'GetItem', key: ORDER_KEY, consistentRead: true });
    const other = await getOrder(orderItem({ customerId: 'user-other', createdAt: minutesFromNow(-1) }));
    expect(other.error).toMatchObject({ errorType: 'NotFound', message: `orderId: no order ${ORDER_ID}` });
    expect((await getOrder(null)).error).toMatchObject({ errorType: 'NotFound' });
  });

  it.each(['PAID', 'CANCELLED', 'FULFILLING', 'REFUNDED'])('refuses a %s order as ConflictError', async (status) => {
    const { error } = await getOrder(orderItem({ status, createdAt: minutesFromNow(-1) }));
    expect(error).toMatchObject({ errorType: 'ConflictError', errorInfo: { status } });
  });

  it('refuses an order past the unpaid window (about to expire) as ConflictError', async () => {
    const { error } = await getOrder(orderItem({ createdAt: minutesFromNow(-31) }));
    expect(error).toMatchObject({ errorType: 'ConflictError', errorInfo: { expired: true } });
  });

  it('answers the open session again while it has more than a minute left', async () => {
    const open = payment({ sessionExpiresAt: minutesFromNow(20) });
    const { stash, error } = await getOrder(orderItem({ createdAt: minutesFromNow(-5), payment: open }));
    expect(error).toBeUndefined();
    expect(stash.session).toEqual({ url: open.sessionUrl, expiresAt: open.sessionExpiresAt });
    expect(stash.attempt).toBeUndefined();
    for (const step of ['02.createSession.payments', '03.saveSession']) {
      expect((await run(`${S}/${step}`, 'request', { ...shopper, arguments: startArgs(), stash })).result).toBeNull();
    }
  });

  it('plans attempt n+1 when the session is closing, expired or forgotten; expiry now + 31 min at least', async () => {
    for (const [old, attempt] of [
      [payment({ sessionExpiresAt: minutesFromNow(0.5) }), 2],
      [payment({ attempt: 3, sessionUrl: null, sessionExpiresAt: null }), 4],
      [undefined, 1],
    ] as const) {
      const { stash } = await getOrder(orderItem({ createdAt: minutesFromNow(-2), payment: old }));
      expect(stash.session).toBeUndefined();
      expect(stash.attempt).toBe(attempt);
      const expires = Date.parse(stash.expiresAt);
      expect(expires - Date.now()).toBeGreaterThanOrEqual(31 * 60000 - 2000);
      expect(expires - Date.now()).toBeLessThanOrEqual(32 * 60000);
      expect(expires % 60000).toBe(0);
    }
  });

  it('asks payments for a session of exactly the stored order, with the return URLs merged', async () => {
    const order = orderItem({ createdAt: minutesFromNow(-2) });
    const stash = { sub: 'user-shopper', order, attempt: 2, expiresAt: '2026-12-01T10:32:00.000Z' };
    const returnUrl = 'http://localhost:4000/shop/orders/x?tab=pay&payment=cancelled#top';
    const { result } = await run(`${S}/02.createSession.payments`, 'request', {
      ...shopper,
      arguments: startArgs(returnUrl),
      stash,
    });
    expect(result).toEqual({
      operation: 'Invoke',
      payload: {
        operation: 'createSession',
        orderId: ORDER_ID,
        attempt: 2,
        lines: [
          { name: 'Blue mug — Large', quantity: 2, unitAmount: 1500 },
          { name: 'Blue mug — Small', quantity: 1, unitAmount: 1200 },
        ],
        total: 4200,
        currency: 'USD',
        customerEmail: 'shopper@example.com',
        successUrl: 'http://localhost:4000/shop/orders/x?tab=pay&payment=success&session_id={CHECKOUT_SESSION_ID}#top',
        cancelUrl: 'http://localhost:4000/shop/orders/x?tab=pay&payment=cancelled#top',
        expiresAt: '2026-12-01T10:32:00.000Z',
      },
    });
    const odd = { ...stash, order: orderItem({ total: 5000 }) };
    const single = await run(`${S}/02.createSession.payments`, 'request', {
      ...shopper,
      arguments: startArgs(),
      stash: odd,
    });
    expect(single.result.payload.lines).toEqual([{ name: `Order ${ORDER_ID}`, quantity: 1, unitAmount: 5000 }]);
    expect(single.result.payload.successUrl).toBe(`${RETURN}?payment=success&session_id={CHECKOUT_SESSION_ID}`);
  });

  it("maps the Lambda's refusals and failures to contract errors; keeps the session it answers", async () => {
    const respond = (extra: Record<string, unknown>) =>
      run(`${S}/02.createSession.payments`, 'response', { ...shopper, arguments: startArgs(), stash: {}, ...extra });
    const down = await respond({ result: { error: { type: 'PaymentServiceError', message: 'unreachable' } } });
    expect(down.error).toMatchObject({
      errorType: 'ConflictError',
      errorInfo: { service: 'payments', cause: 'PaymentServiceError' },
    });
    expect(down.error!.message).toContain('nothing changed');
    const bad = await respond({ result: { error: { type: 'ValidationError', message: 'lines: too many' } } });
    expect(bad.error).toMatchObject({ errorType: 'ValidationError', message: 'startPayment: lines: too many' });
    const crashed = await respond({ error: { type: 'Lambda:Unhandled', message: 'boom' } });
    expect(crashed.error).toMatchObject({ errorType: 'ConflictError', errorInfo: { cause: 'Lambda:Unhandled' } });
    expect((await respond({ result: {} })).error).toMatchObject({ errorType: 'ConflictError' });
    const created = {
      sessionId: 'cs_test_2',
      url: 'http://127.0.0.1:4242/c/pay/cs_test_2',
      expiresAt: minutesFromNow(31),
    };
    expect((await respond({ result: created })).stash.created).toEqual(created);
  });
});

describe('Mutation.startPayment: the one conditional write', () => {
  const created = {
    sessionId: 'cs_test_2',
    url: 'http://127.0.0.1:4242/c/pay/cs_test_2',
    expiresAt: '2026-12-01T11:00:00.000Z',
  };

  it('writes the first payment whole, on PENDING_PAYMENT and no payment yet', async () => {
    const stash = { order: orderItem(), attempt: 1, created };
    const { result } = await run(`${S}/03.saveSession`, 'request', { ...shopper, arguments: startArgs(), stash });
    expect(result).toEqual({
      operation: 'UpdateItem',
      key: ORDER_KEY,
      update: {
        expression: 'SET #payment = :s0',
        expressionNames: { '#payment': 'payment' },
        expressionValues: {
          ':s0': {
            M: {
              status: { S: 'UNPAID' },
              amount: { N: 4200 },
              refunded: { N: 0 },
              failureMessage: { NULL: null },
              attempt: { N: 1 },
              sessionId: { S: 'cs_test_2' },
              sessionUrl: { S: created.url },
              sessionExpiresAt: { S: created.expiresAt },
              paymentIntentId: { NULL: null },
              refundIds: { L: [] },
            },
          },
        },
      },
      condition: {
        expression: '#status = :c0 AND attribute_not_exists(#payment)',
        expressionNames: { '#status': 'status', '#payment': 'payment' },
        expressionValues: { ':c0': { S: 'PENDING_PAYMENT' } },
      },
    });
  });

  it('later attempts set the session on the attempt read; a lost race is explained by a fresh read', async () => {
    const stash = { order: orderItem({ payment: payment({ attempt: 2 }) }), attempt: 3, created };
    const { result } = await run(`${S}/03.saveSession`, 'request', { ...shopper, arguments: startArgs(), stash });
    expect(result.update.expression).toBe(
      'SET #payment.#attempt = :s0, #payment.#sessionId = :s1, #payment.#sessionUrl = :s2, ' +
        '#payment.#sessionExpiresAt = :s3',
    );
    expect(result.update.expressionValues[':s0']).toEqual({ N: 3 });
    expect(result.condition).toEqual({
      expression: '#status = :c0 AND #payment.#attempt = :c1',
      expressionNames: { '#status': 'status', '#payment': 'payment', '#attempt': 'attempt' },
      expressionValues: { ':c0': { S: 'PENDING_PAYMENT' }, ':c1': { N: 2 } },
    });
    const saved = await run(`${S}/03.saveSession`, 'response', {
      ...shopper,
      arguments: startArgs(),
      stash,
      result: {},
    });
    expect(saved.stash.session).toEqual({ url: created.url, expiresAt: created.expiresAt });
    expect((await run(`${S}/index`, 'response', { stash: saved.stash })).result).toEqual(saved.stash.session);
    const lost = await run(`${S}/03.saveSession`, 'response', {
      ...shopper,
      arguments: startArgs(),
      stash,
      error: { type: 'DynamoDB:ConditionalCheckFailedException', message: 'The conditional request failed' },
    });
    expect(lost.stash.lost).toBe(true);
    const explain = (order: unknown) =>
      run(`${S}/04.explainRace`, 'response', { ...shopper, arguments: startArgs(), stash: lost.stash, result: order });
    const twin = await explain(orderItem({ payment: payment({ attempt: 3, sessionId: 'cs_test_2' }) }));
    expect(twin.stash.session).toEqual({ url: created.url, expiresAt: created.expiresAt });
    expect((await explain(orderItem({ status: 'CANCELLED' }))).error).toMatchObject({
      errorType: 'ConflictError',
      errorInfo: { status: 'CANCELLED' },
    });
    expect((await explain(orderItem({ payment: payment({ sessionId: 'cs_other' }) }))).error).toMatchObject({
      errorType: 'ConflictError',
    });
  });
});

describe('Order.payment', () => {
  it('is absent before the first startPayment and maps the stored payment otherwise', async () => {
    const read = (item: unknown) =>
      run('orders/Query.order', 'response', { identity: callers.shopper, arguments: { id: ORDER_ID }, result: item });
    expect((await read(orderItem())).result.payment ?? null).toBeNull();
    const stored = paidPayment({
      status: 'PARTIALLY_REFUNDED',
      refunded: 1000,
      failureMessage: 'Your card was declined.',
    });
    expect((await read(orderItem({ status: 'PAID', payment: stored }))).result.payment).toEqual({
      status: 'PARTIALLY_REFUNDED',
      amount: { amount: 4200, currency: 'USD' },
      refunded: { amount: 1000, currency: 'USD' },
      failureMessage: 'Your card was declined.',
    });
  });
});
