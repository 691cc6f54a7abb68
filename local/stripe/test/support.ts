// Helpers for the Stripe twin's tests: a twin in a fresh data directory with the official client
// pointed at it, and a webhook receiver on loopback that records raw bodies and answers as told.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Stripe from 'stripe';
import { startStripeTwin, type StripeTwin, type StripeTwinOptions } from '../index.ts';

export const SECRET_KEY = 'sk_test_twin_4eC39HqLyjWDarjtT1zdp7dc';

export interface TestTwin {
  twin: StripeTwin;
  stripe: Stripe;
  dataDir: string;
  logs: string[];
  restart(options?: Partial<StripeTwinOptions>): Promise<void>;
  close(): Promise<void>;
}

export function client(twin: StripeTwin, key = SECRET_KEY): Stripe {
  return new Stripe(key, { ...twin.clientOptions, maxNetworkRetries: 0 });
}

export async function startTestTwin(options: Partial<StripeTwinOptions> = {}): Promise<TestTwin> {
  const dataDir = mkdtempSync(join(tmpdir(), 'stripe-twin-'));
  const logs: string[] = [];
  const start = (more: Partial<StripeTwinOptions>) =>
    startStripeTwin({ dataDir, secretKeys: [SECRET_KEY], log: (line) => logs.push(line), ...options, ...more });
  const result: TestTwin = {
    twin: await start({}),
    stripe: undefined as unknown as Stripe,
    dataDir,
    logs,
    async restart(more = {}) {
      await result.twin.stop();
      result.twin = await start(more);
      result.stripe = client(result.twin);
    },
    async close() {
      await result.twin.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  result.stripe = client(result.twin);
  return result;
}

export interface Received {
  body: string;
  headers: IncomingMessage['headers'];
}

export interface Receiver {
  url: string;
  received: Received[];
  /** the status of the next answers, in order; then 200 */
  statuses: number[];
  /** how long it takes to answer */
  delayMs: number;
  close(): Promise<void>;
}

export async function startReceiver(path = '/webhook'): Promise<Receiver> {
  const receiver = { received: [] as Received[], statuses: [] as number[], delayMs: 0 } as Receiver;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      receiver.received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
      const status = receiver.statuses.shift() ?? 200;
      setTimeout(() => res.writeHead(status, { 'content-type': 'text/plain' }).end('ok'), receiver.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  receiver.close = () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
  };
  return receiver;
}

/** Waits until `probe` (sync or async) gives something truthy. */
export async function waitFor<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error('waitFor: timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A session as the shop creates one: two lines, an order id everywhere, success and cancel URLs. */
export function sessionParams(base = 'https://shop.example', orderId = 'ord_1'): Stripe.Checkout.SessionCreateParams {
  return {
    mode: 'payment',
    line_items: [
      { price_data: { currency: 'eur', unit_amount: 1190, product_data: { name: 'Mug & Co <b>' } }, quantity: 2 },
      { price_data: { currency: 'eur', unit_amount: 499, product_data: { name: 'Shipping' } }, quantity: 1 },
    ],
    success_url: `${base}/orders/${orderId}?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${base}/orders/${orderId}?cancelled=1`,
    client_reference_id: orderId,
    metadata: { orderId },
    payment_intent_data: { metadata: { orderId } },
    customer_email: 'shopper@example.com',
  };
}
