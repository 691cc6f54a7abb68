// The payments function against the Stripe twin, with its secret key read from the Secrets Manager
// twin: one Checkout Session per order attempt for exactly the given amounts, expiring sessions in
// any state, refunds under the caller's idempotency key, and every failure answered as a value.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Payments from '../../functions/payments/index.ts';
import { ulid } from '../../functions/lib/ulid.ts';
import { freshModule, startPaymentsHarness, type PaymentsHarness } from './payments-harness.ts';

let h: PaymentsHarness;
let handler: typeof Payments.handler;

beforeAll(async () => {
  h = await startPaymentsHarness();
  handler = (await freshModule<typeof Payments>('../../functions/payments/index.ts')).handler;
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterAll(async () => {
  vi.restoreAllMocks();
  await h.close();
});

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

// One expiry per order and attempt, as the resolver stores it: a retry must send Stripe the same request.
const expiries = new Map<string, string>();

function sessionRequest(orderId: string, attempt = 1) {
  const key = `${orderId}:${attempt}`;
  if (!expiries.has(key)) expiries.set(key, inAnHour());
  return {
    operation: 'createSession',
    orderId,
    attempt,
    lines: [
      { name: '2 × Mug', quantity: 1, unitAmount: 2380 },
      { name: 'Tea', quantity: 3, unitAmount: 450 },
    ],
    total: 3730,
    currency: 'USD',
    customerEmail: 'shopper@example.com',
    successUrl: `https://shop.example/orders/${orderId}?paid={CHECKOUT_SESSION_ID}`,
    cancelUrl: `https://shop.example/orders/${orderId}`,
    expiresAt: expiries.get(key) as string,
  };
}

async function created(request: object): Promise<{ sessionId: string; url: string; expiresAt: string }> {
  const answer = await handler(request);
  if (!('sessionId' in answer)) throw new Error(`no session: ${JSON.stringify(answer)}`);
  return answer;
}

async function paidSession(orderId = ulid()) {
  const { sessionId } = await created(sessionRequest(orderId));
  expect(await h.twin.payCheckoutSession(sessionId, { number: '4242424242424242' })).toEqual({ outcome: 'paid' });
  const session = await h.stripe.checkout.sessions.retrieve(sessionId);
  return { orderId, sessionId, paymentIntentId: session.payment_intent as string };
}

describe('createSession', () => {
  it('makes a session for exactly the given lines and total, naming the order everywhere', async () => {
    const orderId = ulid();
    const request = sessionRequest(orderId);
    const answer = await created(request);
    expect(answer.url).toBe(h.twin.checkoutUrl(answer.sessionId));
    expect(answer.expiresAt).toBe(new Date(Math.floor(Date.parse(request.expiresAt) / 1000) * 1000).toISOString());
    const session = await h.stripe.checkout.sessions.retrieve(answer.sessionId, { expand: ['line_items'] });
    expect(session).toMatchObject({
      mode: 'payment',
      status: 'open',
      amount_total: 3730,
      currency: 'usd',
      client_reference_id: orderId,
      metadata: { orderId },
      customer_email: 'shopper@example.com',
      success_url: request.successUrl,
      cancel_url: request.cancelUrl,
    });
    expect(session.line_items!.data.map((l) => [l.description, l.quantity, l.price?.unit_amount])).toEqual([
      ['2 × Mug', 1, 2380],
      ['Tea', 3, 450],
    ]);
    await h.twin.payCheckoutSession(answer.sessionId, { number: '4242424242424242' });
    const paid = await h.stripe.checkout.sessions.retrieve(answer.sessionId, { expand: ['payment_intent'] });
    expect(paid.payment_intent).toMatchObject({ amount: 3730, currency: 'usd', metadata: { orderId } });
  });

  it('gives one session per attempt, even to two calls at once; a new attempt gets a new one', async () => {
    const orderId = ulid();
    const [a, b] = await Promise.all([created(sessionRequest(orderId)), created(sessionRequest(orderId))]);
    expect(b.sessionId).toBe(a.sessionId);
    const again = await created(sessionRequest(orderId));
    expect(again.sessionId).toBe(a.sessionId);
    const next = await created(sessionRequest(orderId, 2));
    expect(next.sessionId).not.toBe(a.sessionId);
  });

  it('answers a ConflictError when the attempt’s session is no longer open', async () => {
    const { orderId } = await paidSession();
    expect(await handler(sessionRequest(orderId))).toEqual({
      error: { type: 'ConflictError', code: 'session_not_open', message: expect.stringContaining('complete') },
    });
  });

  it.each([
    [{ total: 3731 }, 'the lines add up to 3730, not the total 3731'],
    [{ lines: [] }, 'lines must be a list of 1 to 100 objects'],
    [{ lines: [{ name: 'Mug', quantity: 1, unitAmount: 10.5 }], total: 10 }, 'lines[0].unitAmount must be'],
    [{ currency: 'US' }, 'currency must be an ISO 4217 code'],
    [{ successUrl: 'javascript:alert(1)' }, 'successUrl must be an http(s) URL'],
    [{ orderId: '../x' }, 'orderId must be'],
    [{ expiresAt: 'soon' }, 'expiresAt must be an ISO 8601 date-time'],
  ])('refuses %j as a ValidationError, without calling Stripe', async (change, message) => {
    const answer = await handler({ ...sessionRequest(ulid()), ...change });
    expect(answer).toEqual({ error: { type: 'ValidationError', message: expect.stringContaining(message) } });
  });

  it('passes Stripe’s own refusal on as a value (expiry under 30 minutes)', async () => {
    const answer = await handler({ ...sessionRequest(ulid()), expiresAt: new Date(Date.now() + 60_000).toISOString() });
    expect(answer).toMatchObject({ error: { type: 'ValidationError' } });
  });
});

describe('expireSession', () => {
  it('expires an open session; one already expired or complete is reported, not an error', async () => {
    const { sessionId } = await created(sessionRequest(ulid()));
    expect(await handler({ operation: 'expireSession', sessionId })).toEqual({ expired: true, status: 'expired' });
    expect((await h.stripe.checkout.sessions.retrieve(sessionId)).status).toBe('expired');
    expect(await handler({ operation: 'expireSession', sessionId })).toEqual({ expired: false, status: 'expired' });
    const paid = await paidSession();
    expect(await handler({ operation: 'expireSession', sessionId: paid.sessionId })).toEqual({
      expired: false,
      status: 'complete',
    });
  });

  it('answers NotFound for a session Stripe does not know', async () => {
    const answer = await handler({ operation: 'expireSession', sessionId: 'cs_test_nope' });
    expect(answer).toMatchObject({ error: { type: 'NotFound', code: 'resource_missing' } });
  });
});

describe('refund', () => {
  it('refunds under the caller’s key once, however often asked, and never more than was paid', async () => {
    const { orderId, paymentIntentId } = await paidSession();
    const request = {
      operation: 'refund',
      orderId,
      paymentIntentId,
      amount: 1000,
      idempotencyKey: `refund:${orderId}:1`,
    };
    const first = await handler({ ...request, reason: 'fraudulent' });
    expect(first).toEqual({ refundId: expect.stringMatching(/^re_/), amount: 1000, status: 'succeeded' });
    expect(await handler({ ...request, reason: 'fraudulent' })).toEqual(first);
    const stored = await h.stripe.refunds.retrieve((first as { refundId: string }).refundId);
    // the admin's words are a note, never Stripe's reason (which would block the card in Radar)
    expect(stored).toMatchObject({ reason: null, metadata: { orderId, note: 'fraudulent' } });

    const tooMuch = await handler({ ...request, amount: 2731, idempotencyKey: `refund:${orderId}:2` });
    expect(tooMuch).toMatchObject({ error: { type: 'ValidationError' } });
    const rest = await handler({ ...request, amount: 2730, idempotencyKey: `refund:${orderId}:3` });
    expect(rest).toMatchObject({ amount: 2730, status: 'succeeded' });
    const more = await handler({ ...request, amount: 1, idempotencyKey: `refund:${orderId}:4` });
    expect(more).toMatchObject({ error: { type: 'ValidationError', code: 'charge_already_refunded' } });
    const charge = await h.stripe.paymentIntents.retrieve(paymentIntentId, { expand: ['latest_charge'] });
    expect(charge.latest_charge).toMatchObject({ amount_refunded: 3730, refunded: true });
  });

  it('answers a ConflictError when the key was used for another refund', async () => {
    const { orderId, paymentIntentId } = await paidSession();
    const request = {
      operation: 'refund',
      orderId,
      paymentIntentId,
      amount: 100,
      idempotencyKey: `refund:${orderId}:1`,
    };
    await handler(request);
    expect(await handler({ ...request, amount: 200 })).toMatchObject({
      error: { type: 'ConflictError', code: 'idempotency_error' },
    });
  });

  it('refuses an unknown operation or a bad amount as a ValidationError', async () => {
    expect(await handler({ operation: 'charge' })).toMatchObject({ error: { type: 'ValidationError' } });
    expect(await handler(null)).toMatchObject({ error: { type: 'ValidationError' } });
    const bad = { operation: 'refund', orderId: 'o', paymentIntentId: 'pi_1', amount: 0, idempotencyKey: 'k' };
    expect(await handler(bad)).toEqual({
      error: { type: 'ValidationError', message: 'amount must be an integer from 1 to 99999999' },
    });
  });
});
