// The Stripe webhook, fed by the Stripe twin's real deliveries (through a loopback stand-in for the
// function URL) and by hand-made requests: verified events become recordPaymentEvent (SigV4-signed),
// forged, tampered or stale ones are a 400 that records nothing, a refund due is made once however
// often the event arrives, and a failed mutation is a 500 so Stripe delivers again.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Webhook from '../../functions/payment-webhook/index.ts';
import { ulid } from '../../functions/lib/ulid.ts';
import { signatureHeader } from '../../local/stripe/index.ts';
import { freshModule, startPaymentsHarness, type Mutation, type PaymentsHarness } from './payments-harness.ts';

let h: PaymentsHarness;
let handler: typeof Webhook.handler;
let functionUrl: Server;
const logged: string[] = [];

const recorded = (body: object) => ({ body: { data: { recordPaymentEvent: body } } });
const inputs = () => h.mutations.map((m) => (m.variables as { input: Record<string, unknown> }).input);

/** What Lambda does for a function URL: the request as a payload-2.0 event, the result as the answer. */
async function startFunctionUrl(): Promise<Server> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const raw = Buffer.concat(chunks);
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      const result = await handler({
        headers,
        body: raw.toString('base64'),
        isBase64Encoded: true,
        requestContext: { http: { method: req.method ?? 'POST' } },
      });
      res.writeHead(result.statusCode, result.headers).end(result.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function waitFor<T>(probe: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > until) throw new Error('waitFor: timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

function signedRequest(payload: string, secret = h.webhookSecret, t = Math.floor(Date.now() / 1000)) {
  return { headers: { 'stripe-signature': signatureHeader(payload, secret, t) }, body: payload };
}

async function openSession(orderId: string) {
  return h.stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price_data: { currency: 'usd', unit_amount: 2500, product_data: { name: 'Mug' } }, quantity: 2 }],
    success_url: 'https://shop.example/ok',
    cancel_url: 'https://shop.example/back',
    metadata: { orderId },
    payment_intent_data: { metadata: { orderId } },
  });
}

beforeAll(async () => {
  h = await startPaymentsHarness();
  handler = (await freshModule<typeof Webhook>('../../functions/payment-webhook/index.ts')).handler;
  functionUrl = await startFunctionUrl();
  const url = `http://127.0.0.1:${(functionUrl.address() as AddressInfo).port}/`;
  h.twin.addWebhookEndpoint({ url, secret: h.webhookSecret });
  for (const level of ['log', 'warn', 'error'] as const) {
    vi.spyOn(console, level).mockImplementation((line: string) => void logged.push(line));
  }
});
afterAll(async () => {
  vi.restoreAllMocks();
  functionUrl.closeAllConnections();
  await new Promise((resolve) => functionUrl.close(resolve));
  await h.close();
});
beforeEach(() => {
  h.setEnv();
  h.mutations.length = 0;
  h.respond = () => recorded({ applied: true, refundDue: null, order: { id: 'x', status: 'PAID' } });
});
afterEach(() => {
  // one line per event, never a secret or a card number
  for (const line of logged) {
    expect(line).not.toContain(h.secretKey);
    expect(line).not.toContain(h.webhookSecret);
    expect(line.replace(/\s/g, '')).not.toMatch(/4242424242424242|4000000000009995/);
  }
});

describe('events Stripe delivers', () => {
  it('records a paid session with the order, session, intent, amount and currency', async () => {
    const orderId = ulid();
    const session = await openSession(orderId);
    await h.twin.payCheckoutSession(session.id, { number: '4242 4242 4242 4242' });
    const paid = await waitFor(() => inputs().find((i) => i.type === 'checkout.session.completed'));
    const intent = (await h.stripe.checkout.sessions.retrieve(session.id)).payment_intent as string;
    expect(paid).toEqual({
      eventId: expect.stringMatching(/^evt_/),
      type: 'checkout.session.completed',
      orderId,
      sessionId: session.id,
      paymentIntentId: intent,
      amount: 5000,
      currency: 'USD',
      failureMessage: null,
      amountRefunded: null,
    });
    expect(h.mutations.every((m: Mutation) => m.signed && m.query.includes('recordPaymentEvent('))).toBe(true);
    await waitFor(() => inputs().length >= 3);
    const undelivered = await h.stripe.events.list({ delivery_success: false });
    expect(undelivered.data).toEqual([]);
    expect(logged.some((l) => l.includes(`order ${orderId}: applied (PAID)`))).toBe(true);
  });

  it('records a declined attempt with the decline in words, and a refund with the amount refunded', async () => {
    const orderId = ulid();
    const session = await openSession(orderId);
    await h.twin.payCheckoutSession(session.id, { number: '4000000000009995' });
    const failed = await waitFor(() => inputs().find((i) => i.type === 'payment_intent.payment_failed'));
    expect(failed).toMatchObject({ orderId, sessionId: null, amount: 5000, currency: 'USD' });
    expect(failed.failureMessage).toBe('Your card has insufficient funds.');

    await h.twin.payCheckoutSession(session.id, { number: '4242424242424242' });
    const intent = (await h.stripe.checkout.sessions.retrieve(session.id)).payment_intent as string;
    await h.stripe.refunds.create({ payment_intent: intent, amount: 1200 });
    const refunded = await waitFor(() => inputs().find((i) => i.type === 'charge.refunded'));
    expect(refunded).toMatchObject({ orderId, paymentIntentId: intent, amount: 5000, amountRefunded: 1200 });
  });

  it('refunds what the shop says is due, once, even when the event is delivered twice', async () => {
    const orderId = ulid();
    h.respond = ({ variables }) => {
      const input = (variables as { input: { type: string } }).input;
      const due = input.type === 'checkout.session.completed' ? 1000 : null;
      return recorded({ applied: true, refundDue: due, order: { id: orderId, status: 'CANCELLED' } });
    };
    const session = await openSession(orderId);
    await h.twin.payCheckoutSession(session.id, { number: '4242424242424242' });
    const paid = await waitFor(() => inputs().find((i) => i.type === 'checkout.session.completed'));
    const intent = paid.paymentIntentId as string;
    await waitFor(() => logged.some((l) => l.includes(`${paid.eventId}`) && l.includes('refunded 1000')));

    const again = await h.twin.resendEvent(paid.eventId as string);
    expect(again?.map((d) => d.status)).toEqual([200]);
    expect(inputs().filter((i) => i.eventId === paid.eventId)).toHaveLength(2);
    const refunds = await h.stripe.events.list({ type: 'refund.created' });
    const ours = refunds.data.filter((e) => (e.data.object as { payment_intent: string }).payment_intent === intent);
    expect(ours.map((e) => (e.data.object as { amount: number }).amount)).toEqual([1000]);
    expect(ours[0]!.data.object).toMatchObject({ metadata: { orderId, cause: 'late-payment' } });
    const charge = await h.stripe.paymentIntents.retrieve(intent, { expand: ['latest_charge'] });
    expect(charge.latest_charge).toMatchObject({ amount_refunded: 1000 });
  });
});

describe('requests the webhook refuses', () => {
  // Deliveries of the tests above may still arrive, so each test counts only its own order's mutations.
  let orderId = '';
  beforeEach(() => void (orderId = `o-${ulid()}`));
  const ours = () => inputs().filter((i) => i.orderId === orderId);
  const payload = () =>
    JSON.stringify({
      id: `evt_${ulid()}`,
      object: 'event',
      type: 'payment_intent.payment_failed',
      data: { object: { object: 'payment_intent', id: 'pi_1', amount: 10, currency: 'usd', metadata: { orderId } } },
    });

  it('answers a correctly signed request (plain or base64 body) and records it', async () => {
    const body = payload();
    expect((await handler(signedRequest(body))).statusCode).toBe(200);
    const base64 = { ...signedRequest(body), body: Buffer.from(body).toString('base64'), isBase64Encoded: true };
    expect((await handler(base64)).statusCode).toBe(200);
    expect(ours()).toHaveLength(2);
  });

  it.each([
    ['a tampered body', () => ({ ...signedRequest(payload()), body: payload() })],
    ['another secret', () => signedRequest(payload(), 'whsec_not_the_endpoints')],
    ['a signature from 6 minutes ago', () => signedRequest(payload(), h.webhookSecret, Date.now() / 1000 - 360)],
    ['no signature', () => ({ headers: {}, body: payload() })],
    [
      'a signature over other bytes than the base64 body',
      () => ({ ...signedRequest(payload()), isBase64Encoded: true }),
    ],
  ])('answers 400 to %s and records nothing', async (_name, request) => {
    const answer = await handler(request());
    expect(answer).toMatchObject({ statusCode: 400, body: JSON.stringify({ error: 'invalid signature' }) });
    expect(ours()).toEqual([]);
  });

  it('answers 500 when the mutation fails or errs, so Stripe delivers again', async () => {
    h.respond = () => ({ status: 500, body: { message: 'boom' } });
    expect((await handler(signedRequest(payload()))).statusCode).toBe(500);
    h.respond = () => ({ body: { data: { recordPaymentEvent: null }, errors: [{ errorType: 'X', message: 'no' }] } });
    expect((await handler(signedRequest(payload()))).statusCode).toBe(500);
    expect(ours()).toHaveLength(2);
  });

  it('answers 200 without a mutation for an event that names no order', async () => {
    const body = JSON.stringify({
      id: 'evt_other',
      object: 'event',
      type: 'customer.created',
      data: { object: { object: 'customer', id: 'cus_1', metadata: {} } },
    });
    expect((await handler(signedRequest(body))).statusCode).toBe(200);
    expect(inputs().filter((i) => i.eventId === 'evt_other')).toEqual([]);
  });
});
