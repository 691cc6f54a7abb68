// Paying in real Chromium against a real `npm start`: checkout opens the Stripe twin's hosted page, a
// declined card shows the decline, a good card pays, and the shop's orders page turns Paid (the twin's
// signed webhook → recordPaymentEvent → onOrderStatusChanged, or the reload on return, whichever is first).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeBrowser } from '../support/browser.ts';
import { signUpShopper } from '../support/shop-shoppers.ts';
import { expectAccessible, openPage, signInThroughPage, startWebHarness, type WebHarness } from './web-harness.ts';

let h: WebHarness;

interface SeedProduct {
  id: string;
  name: string;
  variants: { sku: string; name: string; stock: number }[];
}

async function productInStock(): Promise<{ product: SeedProduct; variant: SeedProduct['variants'][number] }> {
  const data = await h.adminCall<{ listProducts: { items: SeedProduct[] } }>(
    '{ listProducts(limit: 100) { items { id name variants { sku name stock } } } }',
  );
  for (const product of data.listProducts.items) {
    const variant = product.variants.find((v) => v.stock >= 3);
    if (variant) return { product, variant };
  }
  throw new Error('the demo catalog has no variant in stock');
}

beforeAll(async () => {
  h = await startWebHarness();
}, 200_000);

afterAll(async () => {
  await closeBrowser(h?.browser);
  await h?.shop.stop();
});

describe('paying for an order', () => {
  test('checkout → hosted page → declined card → good card → Paid on the orders page → admin refund', async () => {
    const { product, variant } = await productInStock();
    const shopper = await signUpShopper(h.shop.outputs, 'web-payer');
    const { page, problems } = await openPage(h);
    await signInThroughPage(page, h.origin, shopper.email, shopper.password);

    await page.goto(`${h.origin}/shop/product/${encodeURIComponent(product.id)}`);
    await page.getByRole('button', { name: `Add ${variant.name} to cart` }).click();
    await page.getByText(`Added ${product.name} — ${variant.name}`).waitFor();
    await page.goto(`${h.origin}/shop/checkout`);
    await page.getByLabel('Full name').fill('Ada Payer');
    await page.getByLabel('Address line 1').fill('1 Main St');
    await page.getByLabel('City').fill('Springfield');
    await page.getByLabel('Country code (e.g. US)').fill('US');
    await page.getByRole('button', { name: 'Place order' }).click();

    await page.waitForURL((url) => url.origin === h.stripeOrigin);
    await page.getByRole('heading', { name: /^Pay / }).waitFor();
    const pay = async (card: string) => {
      await page.getByLabel('Card number').fill(card);
      await page.getByLabel('Expiry').fill('12 / 34');
      await page.getByLabel('CVC').fill('123');
      await page.getByRole('button', { name: 'Pay' }).click();
    };
    await pay('4000 0000 0000 0002');
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/declined/i);
    expect(new URL(page.url()).origin).toBe(h.stripeOrigin);

    await pay('4242 4242 4242 4242');
    await page.waitForURL(/\/shop\/orders\?placed=.*payment=success/);
    expect(new URL(page.url()).origin).toBe(h.origin);
    const orderId = new URL(page.url()).searchParams.get('placed')!;
    const payment = page.getByTestId(`payment-${orderId}`);
    await expect.poll(() => payment.textContent(), { timeout: 20_000 }).toBe('Payment: Paid');
    await expect.poll(() => page.getByTestId(`status-${orderId}`).textContent()).toBe('PAID');
    await expect(page.getByRole('button', { name: /^Pay now/ }).count()).resolves.toBe(0);
    expect(problems.all()).toEqual([]);
    await page.context().close();

    // The admin sees the payment on the board, is told when a refund is too big, and refunds all of it.
    const admin = h.shop.outputs.users.find((u) => u.email === 'admin@example.com')!;
    const board = await openPage(h);
    await signInThroughPage(board.page, h.origin, admin.email, admin.password);
    await board.page.goto(`${h.origin}/admin/orders`);
    const card = board.page.getByRole('listitem', { name: `Order ${orderId}` });
    await expect.poll(() => card.getByTestId(`payment-${orderId}`).textContent()).toBe('Payment: Paid');
    await expectAccessible(board.page, 'admin board with a paid order');
    await card.getByLabel('Refund amount').fill('100000');
    await card.getByRole('button', { name: /^Refund/ }).click();
    await expect.poll(() => card.getByRole('alert').textContent()).toMatch(/at most \d+ of order .* is paid/);
    await card.getByLabel('Refund amount').fill('');
    await card.getByRole('button', { name: /^Refund/ }).click();
    await expect.poll(() => card.getByTestId(`payment-${orderId}`).textContent()).toBe('Payment: Refunded');
    await expect(card.getByRole('button', { name: /^Refund/ }).count()).resolves.toBe(0);
    expect(board.problems.all()).toEqual([]);
    await board.page.context().close();
  }, 150_000);
});
