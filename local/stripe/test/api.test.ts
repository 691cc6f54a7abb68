// The Stripe twin's REST subset through the official `stripe` package, unchanged, over real HTTP:
// Checkout Sessions create/retrieve/expire, auth, error shapes, idempotency, refunds, events.
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, SECRET_KEY, sessionParams, startTestTwin, type TestTwin } from './support.ts';

let t: TestTwin;
beforeAll(async () => {
  t = await startTestTwin();
});
afterAll(async () => {
  await t?.close();
});

async function paidSession(orderId: string) {
  const session = await t.stripe.checkout.sessions.create(sessionParams('https://shop.example', orderId));
  expect(await t.twin.payCheckoutSession(session.id, { number: '4242 4242 4242 4242' })).toEqual({ outcome: 'paid' });
  const paid = await t.stripe.checkout.sessions.retrieve(session.id);
  return { session: paid, intentId: paid.payment_intent as string };
}

async function rawPost(path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${t.twin.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${SECRET_KEY}`, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body,
  });
}

describe('Checkout Sessions', () => {
  it('creates an open session for exactly the lines given, with a hosted page url', async () => {
    const session = await t.stripe.checkout.sessions.create(sessionParams());
    expect(session).toMatchObject({
      object: 'checkout.session',
      mode: 'payment',
      status: 'open',
      payment_status: 'unpaid',
      amount_total: 2 * 1190 + 499,
      amount_subtotal: 2879,
      currency: 'eur',
      client_reference_id: 'ord_1',
      metadata: { orderId: 'ord_1' },
      payment_intent: null,
      customer_email: 'shopper@example.com',
      livemode: false,
      success_url: 'https://shop.example/orders/ord_1?session_id={CHECKOUT_SESSION_ID}',
    });
    expect(session.id).toMatch(/^cs_test_/);
    expect(session.url).toBe(`${t.twin.url}/c/pay/${session.id}`);
    expect(session.expires_at - session.created).toBe(24 * 3600);
  });

  it('retrieves it, expanding line_items and (once paid) payment_intent', async () => {
    const { session, intentId } = await paidSession('ord_expand');
    const again = await t.stripe.checkout.sessions.retrieve(session.id, { expand: ['line_items', 'payment_intent'] });
    expect(again.line_items?.data.map((l) => [l.description, l.quantity, l.amount_total])).toEqual([
      ['Mug & Co <b>', 2, 2380],
      ['Shipping', 1, 499],
    ]);
    const intent = again.payment_intent as Stripe.PaymentIntent;
    expect(intent).toMatchObject({
      id: intentId,
      status: 'succeeded',
      amount: 2879,
      metadata: { orderId: 'ord_expand' },
    });
    const lines = await t.stripe.checkout.sessions.listLineItems(session.id);
    expect(lines.data).toHaveLength(2);
    expect(await t.stripe.paymentIntents.retrieve(intentId)).toMatchObject({ amount_received: 2879, currency: 'eur' });
  });

  it('expires an open session once; a second expire is refused with Stripe’s text', async () => {
    const session = await t.stripe.checkout.sessions.create(sessionParams());
    const expired = await t.stripe.checkout.sessions.expire(session.id);
    expect(expired).toMatchObject({ status: 'expired', url: null, payment_status: 'unpaid' });
    const error = await t.stripe.checkout.sessions.expire(session.id).catch((e) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error.statusCode).toBe(400);
    expect(error.raw.message).toBe(
      'Only Checkout Sessions with a status in ["open"] can be expired. ' +
        'This Checkout Session has a status of `expired`.',
    );
    expect(await t.twin.payCheckoutSession(session.id, { number: '4242424242424242' })).toEqual({ outcome: 'closed' });
  });

  it('refuses bad parameters with the param named and nothing created', async () => {
    const before = (await t.stripe.events.list({ limit: 100 })).data.length;
    const cases: [Stripe.Checkout.SessionCreateParams, string, string | undefined][] = [
      [{ ...sessionParams(), mode: undefined }, 'mode', 'parameter_missing'],
      [{ ...sessionParams(), success_url: 'not a url' }, 'success_url', 'url_invalid'],
      [{ ...sessionParams(), expires_at: Math.floor(Date.now() / 1000) + 600 }, 'expires_at', undefined],
      [{ ...sessionParams(), expires_at: Math.floor(Date.now() / 1000) + 25 * 3600 }, 'expires_at', undefined],
      [{ ...sessionParams(), line_items: [] }, 'line_items', 'parameter_missing'],
      [{ ...sessionParams(), metadata: { ['k'.repeat(41)]: 'v' } }, 'metadata', undefined],
      [{ ...sessionParams(), colour: 'red' } as never, 'colour', 'parameter_unknown'],
    ];
    for (const [params, param, code] of cases) {
      const error = await t.stripe.checkout.sessions.create(params).catch((e) => e);
      expect(error, param).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
      expect({ status: error.statusCode, type: error.type, param: error.param, code: error.code }).toEqual({
        status: 400,
        type: 'StripeInvalidRequestError',
        param,
        code,
      });
    }
    const bad = { ...sessionParams(), line_items: [{ price_data: { currency: 'eur', unit_amount: 5 }, quantity: 1 }] };
    const error = await t.stripe.checkout.sessions.create(bad as never).catch((e) => e);
    expect(error.param).toBe('line_items[0][price_data][product_data]');
    expect((await t.stripe.events.list({ limit: 100 })).data.length).toBe(before);
  });

  it('answers 404 resource_missing in Stripe’s shape for unknown ids', async () => {
    const response = await fetch(`${t.twin.url}/v1/checkout/sessions/cs_test_nope`, {
      headers: { authorization: `Bearer ${SECRET_KEY}` },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('request-id')).toMatch(/^req_/);
    const body = await response.json();
    expect(body).toEqual({
      error: {
        type: 'invalid_request_error',
        code: 'resource_missing',
        param: 'id',
        message: "No such checkout.session: 'cs_test_nope'",
        doc_url: 'https://stripe.com/docs/error-codes/resource-missing',
      },
    });
    const viaClient = await t.stripe.paymentIntents.retrieve('pi_nope').catch((e) => e);
    expect(viaClient).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect([viaClient.statusCode, viaClient.code]).toEqual([404, 'resource_missing']);
    expect((await rawPost('/v1/customers', '')).status).toBe(404);
  });
});

describe('authentication', () => {
  it('refuses a missing or wrong key with 401 and accepts the configured one', async () => {
    const wrong = await client(t.twin, 'sk_test_wrongwrongwrong1234')
      .checkout.sessions.list()
      .catch((e) => e);
    expect(wrong).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    expect(wrong.statusCode).toBe(401);
    expect(wrong.raw.message).toMatch(/^Invalid API Key provided: sk_test_\*+1234$/);
    const live = await client(t.twin, 'sk_live_abc')
      .checkout.sessions.create(sessionParams())
      .catch((e) => e);
    expect(live).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    const none = await fetch(`${t.twin.url}/v1/events`);
    expect(none.status).toBe(401);
    expect(((await none.json()) as any).error.message).toMatch(/^You did not provide an API key/);
    const basic = await fetch(`${t.twin.url}/v1/events`, {
      headers: { authorization: `Basic ${Buffer.from(`${SECRET_KEY}:`).toString('base64')}` },
    });
    expect(basic.status).toBe(200);
  });
});

describe('idempotency', () => {
  it('replays the first answer for the same key and body, with Idempotent-Replayed', async () => {
    const key = `checkout:ord_idem:${Date.now()}`;
    const first = await t.stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: key });
    const second = await t.stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: key });
    expect(second.id).toBe(first.id);
    expect(second.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(first.lastResponse.headers['idempotent-replayed']).toBeUndefined();
  });

  it('refuses the same key with another body (400 idempotency_error) and keeps no 400 answers', async () => {
    const key = `checkout:ord_other:${Date.now()}`;
    await t.stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: key });
    const error = await t.stripe.checkout.sessions
      .create(sessionParams('https://shop.example', 'ord_other'), { idempotencyKey: key })
      .catch((e) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(error.statusCode).toBe(400);
    expect(error.raw.type).toBe('idempotency_error');
    const fixKey = `fix:${Date.now()}`;
    const refused = await rawPost('/v1/checkout/sessions', 'mode=payment', { 'idempotency-key': fixKey });
    expect(refused.status).toBe(400);
    const fixed = await t.stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: fixKey });
    expect(fixed.status).toBe('open');
  });

  it('answers concurrent identical requests with one session', async () => {
    const key = `checkout:ord_race:${Date.now()}`;
    const body = new URLSearchParams({
      mode: 'payment',
      'line_items[0][quantity]': '1',
      'line_items[0][price_data][currency]': 'usd',
      'line_items[0][price_data][unit_amount]': '100',
      'line_items[0][price_data][product_data][name]': 'Tea',
    }).toString();
    const many = await Promise.all(
      Array.from({ length: 8 }, () => rawPost('/v1/checkout/sessions', body, { 'idempotency-key': key })),
    );
    const bodies = await Promise.all(many.map((r) => r.json() as Promise<{ id: string }>));
    expect(new Set(bodies.map((b) => b.id)).size).toBe(1);
  });
});

describe('refunds', () => {
  it('refunds partially, then the rest, never more than paid', async () => {
    const { intentId } = await paidSession('ord_refund');
    const first = await t.stripe.refunds.create({
      payment_intent: intentId,
      amount: 1000,
      reason: 'requested_by_customer',
      metadata: { orderId: 'ord_refund' },
    });
    expect(first).toMatchObject({ object: 'refund', amount: 1000, status: 'succeeded', payment_intent: intentId });
    const tooMuch = await t.stripe.refunds.create({ payment_intent: intentId, amount: 1880 }).catch((e) => e);
    expect(tooMuch).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect([tooMuch.statusCode, tooMuch.param]).toEqual([400, 'amount']);
    expect(tooMuch.raw.message).toBe('Refund amount (€18.80) is greater than unrefunded amount on charge (€18.79)');
    const rest = await t.stripe.refunds.create({ payment_intent: intentId });
    expect(rest.amount).toBe(1879);
    expect(await t.stripe.refunds.retrieve(rest.id)).toMatchObject({ id: rest.id, amount: 1879 });
    const again = await t.stripe.refunds.create({ payment_intent: intentId, amount: 1 }).catch((e) => e);
    expect(again.code).toBe('charge_already_refunded');
    const bad = await t.stripe.refunds.create({ payment_intent: intentId, reason: 'whim' as never }).catch((e) => e);
    expect(bad.param).toBe('reason');
  });

  it('lets concurrent refunds with different keys take no more than what was paid', async () => {
    const { intentId } = await paidSession('ord_refund_race');
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => t.stripe.refunds.create({ payment_intent: intentId, amount: 1000 })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    const events = await t.stripe.events.list({ type: 'charge.refunded', limit: 100 });
    const last = events.data.find((e) => (e.data.object as Stripe.Charge).payment_intent === intentId);
    expect((last?.data.object as Stripe.Charge).amount_refunded).toBe(2000);
  });

  it('refuses a refund of an unpaid session’s intent', async () => {
    const session = await t.stripe.checkout.sessions.create(sessionParams());
    await t.twin.payCheckoutSession(session.id, { number: '4000000000000002' });
    const declined = await t.stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent'] });
    const intent = declined.payment_intent as Stripe.PaymentIntent;
    expect(intent.status).toBe('requires_payment_method');
    const error = await t.stripe.refunds.create({ payment_intent: intent.id }).catch((e) => e);
    expect([error.statusCode, error.param]).toEqual([400, 'payment_intent']);
  });
});

describe('events', () => {
  it('lists recent events newest first, filters them, and retrieves one', async () => {
    const { session } = await paidSession('ord_events');
    const list = await t.stripe.events.list({ limit: 3 });
    expect(list.data.map((e) => e.type)).toEqual([
      'checkout.session.completed',
      'payment_intent.succeeded',
      'payment_intent.created',
    ]);
    expect(list.has_more).toBe(true);
    const completed = list.data[0]!;
    expect(completed).toMatchObject({
      object: 'event',
      livemode: false,
      api_version: '2026-11-18.endive',
      pending_webhooks: 0,
    });
    expect(completed.data.object).toMatchObject({
      id: session.id,
      status: 'complete',
      payment_status: 'paid',
      url: null,
    });
    expect((await t.stripe.events.retrieve(completed.id)).id).toBe(completed.id);
    const next = await t.stripe.events.list({ limit: 1, starting_after: completed.id });
    expect(next.data[0]?.type).toBe('payment_intent.succeeded');
    const wildcard = await t.stripe.events.list({ type: 'checkout.session.*', limit: 100 });
    expect(wildcard.data.every((e) => e.type.startsWith('checkout.session.'))).toBe(true);
  });
});
