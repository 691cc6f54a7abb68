// The hosted payment page in real Chromium, found by its labels: Stripe's three test cards, a retry
// after a decline on the same page, the redirect to success_url, the Back link, two tabs paying one
// session, and the pages for expired and completed sessions.
import AxeBuilder from '@axe-core/playwright';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchChromium, watchPage, type PageProblems } from '../../../test/support/browser.ts';
import { generateWebhookSecret } from '../index.ts';
import { sessionParams, startReceiver, startTestTwin, waitFor, type Receiver, type TestTwin } from './support.ts';

let t: TestTwin;
let browser: Browser;
let receiver: Receiver;
let shop: Server;
let shopUrl: string;

beforeAll(async () => {
  receiver = await startReceiver();
  t = await startTestTwin({ webhookEndpoints: [{ url: receiver.url, secret: generateWebhookSecret() }] });
  shop = createServer((req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end(`<h1>Shop ${req.url}</h1>`),
  );
  await new Promise<void>((resolve) => shop.listen(0, '127.0.0.1', resolve));
  shopUrl = `http://127.0.0.1:${(shop.address() as AddressInfo).port}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await closeBrowser(browser);
  await t?.close();
  await receiver?.close();
  shop?.closeAllConnections();
  await new Promise((resolve) => shop?.close(resolve));
});

async function openCheckout(
  orderId: string,
): Promise<{ session: Stripe.Checkout.Session; page: Page; problems: PageProblems }> {
  const session = await t.stripe.checkout.sessions.create(sessionParams(shopUrl, orderId));
  const page = await (await browser.newContext()).newPage(); // a context of its own, as axe needs
  const problems = watchPage(page, { allowedOrigins: [t.twin.url, shopUrl] });
  await page.goto(session.url!);
  return { session, page, problems };
}

async function payWith(page: Page, number: string, expiry = '12 / 34', cvc = '123') {
  await page.getByLabel('Card number').fill(number);
  await page.getByLabel('Expiry').fill(expiry);
  await page.getByLabel('CVC').fill(cvc);
  await page.getByRole('button', { name: 'Pay', exact: true }).click();
}

function eventsFor(intentOrSession: string): string[] {
  return receiver.received
    .map((r) => JSON.parse(r.body))
    .filter((e) => [e.data.object.id, e.data.object.payment_intent].includes(intentOrSession))
    .map((e) => e.type);
}

describe('the hosted payment page', () => {
  it('shows the lines and total, and 4242 4242 4242 4242 pays and returns to success_url', async () => {
    const { session, page, problems } = await openCheckout('ord_pay');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Pay €28.79');
    const summary = page.getByRole('table', { name: 'Order summary' });
    expect(await summary.textContent()).toBe('2 × Mug & Co <b>€23.80Shipping€4.99Total€28.79');
    expect(await page.locator('b').count()).toBe(0);
    await payWith(page, '4242 4242 4242 4242');
    await page.waitForURL(`${shopUrl}/orders/ord_pay?session_id=${session.id}`);
    expect(await page.textContent('h1')).toBe(`Shop /orders/ord_pay?session_id=${session.id}`);
    const paid = await t.stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent'] });
    expect(paid).toMatchObject({ status: 'complete', payment_status: 'paid', url: null });
    expect(paid.payment_intent).toMatchObject({ status: 'succeeded', amount_received: 2879 });
    await waitFor(() => eventsFor(session.id).includes('checkout.session.completed'));
    await page.goto(session.url!);
    expect(await page.textContent('h1')).toBe('Payment complete');
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it('shows a decline, keeps the session open, and lets the shopper retry on the same page', async () => {
    const { session, page, problems } = await openCheckout('ord_retry');
    await payWith(page, '4000 0000 0000 0002');
    expect(await page.getByRole('alert').textContent()).toBe('Your card was declined.');
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.impact}: ${v.id}`)).toEqual([]);
    const open = await t.stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent'] });
    const intent = open.payment_intent as Stripe.PaymentIntent;
    expect(open.status).toBe('open');
    expect(intent.last_payment_error).toMatchObject({ code: 'card_declined', decline_code: 'generic_decline' });
    await payWith(page, '4242424242424242');
    await page.waitForURL(/ord_retry\?session_id=/);
    await waitFor(() => eventsFor(intent.id).length === 4);
    expect(eventsFor(intent.id).sort()).toEqual([
      'checkout.session.completed',
      'payment_intent.created',
      'payment_intent.payment_failed',
      'payment_intent.succeeded',
    ]);
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it('declines 4000 0000 0000 9995 for insufficient funds, and checks the expiry', async () => {
    const { session, page } = await openCheckout('ord_funds');
    await payWith(page, '4000 0000 0000 9995');
    expect(await page.getByRole('alert').textContent()).toBe('Your card has insufficient funds.');
    await payWith(page, '4242 4242 4242 4242', '01 / 20');
    expect(await page.getByRole('alert').textContent()).toBe("Your card's expiration year is in the past.");
    expect(await page.getByLabel('Expiry').getAttribute('aria-invalid')).toBe('true');
    const intentId = (await t.stripe.checkout.sessions.retrieve(session.id)).payment_intent as string;
    const intent = await t.stripe.paymentIntents.retrieve(intentId);
    expect(intent.last_payment_error?.decline_code).toBe('insufficient_funds');
    expect((await t.stripe.checkout.sessions.retrieve(session.id)).status).toBe('open');
    await page.close();
  });

  it('goes back to cancel_url from the Back link', async () => {
    const { page } = await openCheckout('ord_back');
    await page.getByRole('link', { name: 'Back' }).click();
    await page.waitForURL(`${shopUrl}/orders/ord_back?cancelled=1`);
    await page.close();
  });

  it('charges once when two tabs pay the same session', async () => {
    const first = await openCheckout('ord_tabs');
    const second = await browser.newPage();
    await second.goto(first.session.url!);
    await payWith(first.page, '4242424242424242');
    await first.page.waitForURL(/ord_tabs\?session_id=/);
    await payWith(second, '4242424242424242');
    expect(await second.textContent('h1')).toBe('Payment complete');
    const intentId = (await t.stripe.checkout.sessions.retrieve(first.session.id)).payment_intent as string;
    await waitFor(() => eventsFor(intentId).includes('payment_intent.succeeded'));
    expect(eventsFor(intentId).filter((type) => type === 'payment_intent.succeeded')).toHaveLength(1);
    await first.page.close();
    await second.close();
  });

  it('says so clearly for an expired session and an unknown one', async () => {
    const { session, page } = await openCheckout('ord_gone');
    await t.stripe.checkout.sessions.expire(session.id);
    await page.reload();
    expect(await page.textContent('h1')).toBe('This checkout session has expired');
    expect(await page.getByRole('button', { name: 'Pay' }).count()).toBe(0);
    const missing = await page.goto(`${t.twin.url}/c/pay/cs_test_missing`);
    expect(missing?.status()).toBe(404);
    expect(await page.textContent('h1')).toBe('Checkout session not found');
    await page.close();
  });
});
