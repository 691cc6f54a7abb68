// Events leave the twin as Stripe sends them: signed so stripe.webhooks.constructEvent accepts them,
// retried after failures, resent by hand, kept across a restart; sessions expire on their own.
import Stripe from 'stripe';
import { afterEach, describe, expect, it } from 'vitest';
import { generateWebhookSecret } from '../index.ts';
import {
  SECRET_KEY,
  sessionParams,
  startReceiver,
  startTestTwin,
  waitFor,
  type Receiver,
  type TestTwin,
} from './support.ts';

const verifier = new Stripe(SECRET_KEY);
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function setUp(options: Parameters<typeof startTestTwin>[0] = {}, receivers = 1) {
  const rs: Receiver[] = [];
  for (let i = 0; i < receivers; i++) rs.push(await startReceiver());
  const secret = generateWebhookSecret();
  const t = await startTestTwin({ webhookEndpoints: rs.map((r) => ({ url: r.url, secret })), ...options });
  cleanups.push(() => t.close(), ...rs.map((r) => () => r.close()));
  return { t, receivers: rs, receiver: rs[0]!, secret };
}

function verified(receiver: Receiver, secret: string): Stripe.Event[] {
  return receiver.received.map((r) =>
    verifier.webhooks.constructEvent(r.body, r.headers['stripe-signature'] as string, secret),
  );
}

function typesOf(receiver: Receiver): string[] {
  return receiver.received.map((r) => JSON.parse(r.body).type);
}

async function pay(t: TestTwin, number = '4242424242424242', orderId = 'ord_w') {
  const session = await t.stripe.checkout.sessions.create(sessionParams('https://shop.example', orderId));
  await t.twin.payCheckoutSession(session.id, { number });
  return session;
}

describe('webhook delivery', () => {
  it('signs every event so constructEvent accepts it, and logs each delivery', async () => {
    const { t, receiver, secret } = await setUp();
    const session = await pay(t);
    await waitFor(() => receiver.received.length >= 3);
    const events = verified(receiver, secret);
    expect(events.map((e) => e.type).sort()).toEqual([
      'checkout.session.completed',
      'payment_intent.created',
      'payment_intent.succeeded',
    ]);
    const completed = events.find((e) => e.type === 'checkout.session.completed')!;
    expect(completed.data.object).toMatchObject({
      id: session.id,
      payment_status: 'paid',
      metadata: { orderId: 'ord_w' },
    });
    expect(completed).toMatchObject({ object: 'event', livemode: false, request: { id: null, idempotency_key: null } });
    const first = receiver.received[0]!;
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    const tampered = first.body.replace('"livemode": false', '"livemode": true');
    expect(() =>
      verifier.webhooks.constructEvent(tampered, first.headers['stripe-signature'] as string, secret),
    ).toThrow(Stripe.errors.StripeSignatureVerificationError);
    expect(() => verified(receiver, generateWebhookSecret())).toThrow(Stripe.errors.StripeSignatureVerificationError);
    const line = new RegExp(
      `^stripe → ${receiver.url} checkout\\.session\\.completed ${completed.id}: 200 in \\d+ ms$`,
    );
    await waitFor(() => t.logs.some((l) => line.test(l)));
    await waitFor(async () => (await t.stripe.events.retrieve(completed.id)).pending_webhooks === 0);
  });

  it('sends a declined attempt as payment_intent.payment_failed with last_payment_error', async () => {
    const { t, receiver, secret } = await setUp();
    await pay(t, '4000 0000 0000 9995');
    await waitFor(() => typesOf(receiver).includes('payment_intent.payment_failed'));
    const failed = verified(receiver, secret).find((e) => e.type === 'payment_intent.payment_failed')!;
    expect((failed.data.object as Stripe.PaymentIntent).last_payment_error).toMatchObject({
      type: 'card_error',
      code: 'card_declined',
      decline_code: 'insufficient_funds',
      message: 'Your card has insufficient funds.',
    });
  });

  it('only sends an endpoint the event types it enabled, and endpoints added later get new events', async () => {
    const { t, receiver } = await setUp();
    const picky = await startReceiver();
    const late = await startReceiver();
    cleanups.push(
      () => picky.close(),
      () => late.close(),
    );
    const pickySecret = generateWebhookSecret();
    t.twin.addWebhookEndpoint({ url: picky.url, secret: pickySecret, enabledEvents: ['checkout.session.expired'] });
    const session = await t.stripe.checkout.sessions.create(sessionParams());
    await pay(t);
    t.twin.addWebhookEndpoint({ url: late.url, secret: generateWebhookSecret() });
    const expired = await t.stripe.checkout.sessions.expire(session.id, {}, { idempotencyKey: 'expire:ord_1' });
    expect(expired.status).toBe('expired');
    await waitFor(() => typesOf(receiver).includes('checkout.session.expired') && late.received.length === 1);
    expect(typesOf(picky)).toEqual(['checkout.session.expired']);
    expect(typesOf(late)).toEqual(['checkout.session.expired']);
    expect(JSON.parse(late.received[0]!.body).request.idempotency_key).toBe('expire:ord_1');
  });

  it('takes an endpoint through POST /_twin/webhook_endpoints, as `stripe listen --forward-to` does', async () => {
    const { t } = await setUp({}, 0);
    const receiver = await startReceiver();
    cleanups.push(() => receiver.close());
    const secret = generateWebhookSecret();
    const add = (body: string, key = SECRET_KEY) =>
      fetch(`${t.twin.url}/_twin/webhook_endpoints`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
    expect((await add(`url=${encodeURIComponent(receiver.url)}&secret=whsec_x`, 'sk_test_wrong')).status).toBe(401);
    expect((await add(`url=${encodeURIComponent(receiver.url)}&secret=nope`)).status).toBe(400);
    const added = await add(
      `url=${encodeURIComponent(receiver.url)}&secret=${secret}&enabled_events[]=checkout.session.completed`,
    );
    expect(added.status).toBe(200);
    await pay(t);
    await waitFor(() => receiver.received.length >= 1);
    expect(verified(receiver, secret).map((e) => e.type)).toEqual(['checkout.session.completed']);
  });

  it('retries after a receiver that first answers 500, with the schedule in the log', async () => {
    const { t, receiver, secret } = await setUp({ webhookRetryDelaysMs: [50, 100] });
    receiver.statuses.push(500, 503);
    const session = await t.stripe.checkout.sessions.create(sessionParams());
    await t.stripe.checkout.sessions.expire(session.id);
    await waitFor(() => receiver.received.length === 3);
    const [first, , third] = verified(receiver, secret);
    expect(third!.id).toBe(first!.id);
    const id = first!.id;
    expect(t.logs.filter((l) => l.includes(id))).toEqual([
      expect.stringMatching(/: 500 in \d+ ms \(attempt 1 of 3\), retry in 50 ms$/),
      expect.stringMatching(/: 503 in \d+ ms \(attempt 2 of 3\), retry in 100 ms$/),
      expect.stringMatching(/: 200 in \d+ ms$/),
    ]);
    await waitFor(async () => (await t.stripe.events.retrieve(id)).pending_webhooks === 0);
  });

  it('gives up after the last retry, lists the event as undelivered, and resends it by hand', async () => {
    const { t, receiver, secret } = await setUp({ webhookRetryDelaysMs: [20] });
    receiver.statuses.push(500, 500);
    const session = await t.stripe.checkout.sessions.create(sessionParams());
    await t.stripe.checkout.sessions.expire(session.id);
    await waitFor(() => t.logs.some((l) => l.includes('giving up')));
    const undelivered = await t.stripe.events.list({ delivery_success: false });
    expect(undelivered.data.map((e) => e.type)).toEqual(['checkout.session.expired']);
    const id = undelivered.data[0]!.id;
    const response = await fetch(`${t.twin.url}/_twin/events/${id}/resend`, {
      method: 'POST',
      headers: { authorization: `Bearer ${SECRET_KEY}` },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as any).deliveries).toEqual([{ url: receiver.url, ok: true, status: 200 }]);
    expect((await t.stripe.events.list({ delivery_success: false })).data).toEqual([]);
    expect(await t.twin.resendEvent(id)).toEqual([{ url: receiver.url, ok: true, status: 200 }]);
    expect(verified(receiver, secret).map((e) => e.id)).toEqual([id, id, id, id]);
    expect(await t.twin.resendEvent('evt_nope')).toBeUndefined();
    const unauthenticated = await fetch(`${t.twin.url}/_twin/events/${id}/resend`, { method: 'POST' });
    expect(unauthenticated.status).toBe(401);
  });
});

describe('idempotency of a request still running', () => {
  it('answers 409 idempotency_key_in_use to the same key while the first runs, then replays it', async () => {
    const { t, receiver } = await setUp();
    const session = await t.stripe.checkout.sessions.create(sessionParams());
    await t.stripe.checkout.sessions.expire(session.id);
    const [event] = (await t.stripe.events.list({ type: 'checkout.session.expired' })).data;
    await waitFor(() => receiver.received.length === 1);
    receiver.delayMs = 300;
    const resend = () =>
      fetch(`${t.twin.url}/_twin/events/${event!.id}/resend`, {
        method: 'POST',
        headers: { authorization: `Bearer ${SECRET_KEY}`, 'idempotency-key': 'resend:1' },
      });
    const answers = await Promise.all([resend(), resend()]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const busy = (await answers.find((a) => a.status === 409)!.json()) as any;
    expect(busy.error).toMatchObject({ type: 'idempotency_error', code: 'idempotency_key_in_use' });
    const replay = await resend();
    expect([replay.status, replay.headers.get('idempotent-replayed')]).toEqual([200, 'true']);
    expect(receiver.received).toHaveLength(2);
  });
});

describe('persistence', () => {
  it('keeps sessions, intents, refunds, events and idempotency keys across a restart', async () => {
    const { t } = await setUp();
    const key = 'checkout:ord_keep:1';
    const session = await t.stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: key });
    await t.twin.payCheckoutSession(session.id, { number: '4242424242424242' });
    const intentId = (await t.stripe.checkout.sessions.retrieve(session.id)).payment_intent as string;
    const refund = await t.stripe.refunds.create({ payment_intent: intentId, amount: 500 });
    await t.restart();
    const kept = await t.stripe.checkout.sessions.retrieve(session.id);
    expect(kept).toMatchObject({ status: 'complete', payment_status: 'paid' });
    expect(await t.stripe.paymentIntents.retrieve(intentId)).toMatchObject({ status: 'succeeded' });
    expect(await t.stripe.refunds.retrieve(refund.id)).toMatchObject({ amount: 500 });
    const replay = await t.stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: key });
    expect([replay.id, replay.lastResponse.headers['idempotent-replayed']]).toEqual([session.id, 'true']);
    const over = await t.stripe.refunds.create({ payment_intent: intentId, amount: 2380 }).catch((e) => e);
    expect(over.param).toBe('amount');
    const types = (await t.stripe.events.list({ limit: 100 })).data.map((e) => e.type);
    expect(types).toContain('checkout.session.completed');
    expect(types).toContain('refund.created');
  });

  it('delivers after a restart what was still waiting for a retry', async () => {
    const { t, receiver } = await setUp({ webhookRetryDelaysMs: [3_600_000] });
    receiver.statuses.push(500);
    const session = await t.stripe.checkout.sessions.create(sessionParams());
    await t.stripe.checkout.sessions.expire(session.id);
    await waitFor(() => t.logs.some((l) => l.includes('retry in 60 min')));
    await t.restart();
    await waitFor(() => receiver.received.length === 2);
    const [first, second] = receiver.received.map((r) => JSON.parse(r.body));
    expect(second.id).toBe(first.id);
    await waitFor(async () => (await t.stripe.events.list({ delivery_success: false })).data.length === 0);
  });
});

describe('automatic expiry', () => {
  it('expires an open session at expires_at and sends checkout.session.expired', async () => {
    let offset = 0;
    const clock = { now: () => Date.now() + offset };
    const { t, receiver, secret } = await setUp({ clock, expiryCheckMs: 50 });
    const created = Math.floor(clock.now() / 1000);
    const soon = await t.stripe.checkout.sessions.create({ ...sessionParams(), expires_at: created + 1800 });
    const later = await t.stripe.checkout.sessions.create(sessionParams());
    offset = 1801 * 1000;
    await waitFor(() => typesOf(receiver).includes('checkout.session.expired'));
    const [expired] = verified(receiver, secret).filter((e) => e.type === 'checkout.session.expired');
    expect(expired!.data.object).toMatchObject({ id: soon.id, status: 'expired', url: null });
    expect((await t.stripe.checkout.sessions.retrieve(soon.id)).status).toBe('expired');
    expect((await t.stripe.checkout.sessions.retrieve(later.id)).status).toBe('open');
    expect(await t.twin.payCheckoutSession(soon.id, { number: '4242424242424242' })).toEqual({ outcome: 'closed' });
    offset = 24 * 3600 * 1000 + 1000;
    await waitFor(() => typesOf(receiver).filter((type) => type === 'checkout.session.expired').length === 2);
    expect((await t.stripe.checkout.sessions.retrieve(later.id)).status).toBe('expired');
  });
});
