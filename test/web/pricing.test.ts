// Shipping, tax and promotion codes in real Chromium against a real `npm start`: the admin sets them up in the
// admin pages, a shopper checks out choosing the method and a code, sees the price part by part (and is told when
// it changes before the order is placed), and the order page and the board show what the order was placed at.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeBrowser } from '../support/browser.ts';
import { signUpShopper } from '../support/shop-shoppers.ts';
import { expectAccessible, openPage, signInThroughPage, startWebHarness, type WebHarness } from './web-harness.ts';

let h: WebHarness;

interface SeedVariant {
  sku: string;
  name: string;
  stock: number;
  price: { amount: number; currency: string };
}

async function variantInStock(): Promise<{ product: { id: string; name: string }; variant: SeedVariant }> {
  const data = await h.adminCall<{ listProducts: { items: { id: string; name: string; variants: SeedVariant[] }[] } }>(
    '{ listProducts(limit: 100) { items { id name variants { sku name stock price { amount currency } } } } }',
  );
  for (const product of data.listProducts.items) {
    // Whole dimes, so 10 % off is a whole number of cents however the API would round it.
    const variant = product.variants.find((v) => v.stock >= 3 && v.price.amount >= 500 && v.price.amount % 10 === 0);
    if (variant) return { product, variant };
  }
  throw new Error('the demo catalog has no variant in stock');
}

/** "$12.50" or "−$1.25" as the cents it shows (the sign is the row's meaning, not the amount's). */
function cents(text: string | null): number {
  const digits = (text ?? '').replace(/[^0-9.]/g, '');
  return Math.round(Number(digits) * 100);
}

/** The price breakdown's rows, label → cents: Subtotal, Discount (when any), Shipping, Tax, Total. */
async function breakdown(scope: Page | Locator): Promise<Record<string, number>> {
  const rows = await scope.getByRole('table', { name: 'Price breakdown' }).getByRole('row').all();
  const parts: Record<string, number> = {};
  for (const row of rows) {
    parts[(await row.getByRole('rowheader').textContent())!.trim()] = cents(await row.getByRole('cell').textContent());
  }
  return parts;
}

/** The board's breakdown, its parts side by side: a column each. */
async function breakdownAcross(scope: Locator, caption: string): Promise<Record<string, number>> {
  const table = scope.getByRole('table', { name: caption });
  const labels = await table.getByRole('columnheader').allTextContents();
  const amounts = await table.getByRole('cell').allTextContents();
  return Object.fromEntries(labels.map((label, i) => [label.trim(), cents(amounts[i] ?? null)]));
}

/** The parts add up exactly (contract: Totals), with prices excluding tax as the demo stack runs. */
function expectAddsUp(parts: Record<string, number>): void {
  const { Subtotal, Discount = 0, Shipping, Tax, Total } = parts;
  expect(Total).toBe(Subtotal! - Discount + Shipping! + Tax!);
}

/** Half away from zero, as docs/pricing.md rounds each line's tax (positive amounts here). */
const taxOf = (amount: number, basisPoints: number) => Math.round((amount * basisPoints) / 10_000);

/** Waits until the price on the page is the quote of the choices on the page (Place order waits for it too). */
async function quoted(page: Page): Promise<Record<string, number>> {
  await expect.poll(() => page.getByRole('button', { name: 'Place order' }).isEnabled()).toBe(true);
  return breakdown(page);
}

beforeAll(async () => {
  h = await startWebHarness();
}, 200_000);

afterAll(async () => {
  await closeBrowser(h?.browser);
  await h?.shop.stop();
});

const suffix = Date.now().toString(36).toUpperCase();
const METHOD = `Web post ${suffix}`;
const CODE = `WEB10-${suffix}`;
const BIG = `BIG-${suffix}`;

async function adminSetsUp(page: Page, freeOver: string): Promise<void> {
  const admin = h.shop.outputs.users.find((u) => u.email === 'admin@example.com')!;
  await signInThroughPage(page, h.origin, admin.email, admin.password);
  await page.goto(`${h.origin}/admin/`);
  // The products page's own reads finish first, so no later navigation aborts them (a page problem).
  await page.waitForLoadState('networkidle');
  await page.getByRole('link', { name: 'Shipping methods' }).click();
  await page.getByRole('heading', { name: 'Create a shipping method' }).waitFor();
  await page.getByLabel('Name', { exact: true }).fill(METHOD);
  await page.getByLabel('Countries').fill('is, no');
  await page.getByLabel('Price (USD)').fill('4.99');
  await page.getByLabel(/^Free over/).fill(freeOver);
  await page.getByLabel(/^Min days/).fill('2');
  await page.getByLabel(/^Max days/).fill('4');
  await page.getByRole('button', { name: 'Create shipping method' }).click();
  const row = page.getByRole('row', { name: new RegExp(METHOD) });
  await expect.poll(() => row.textContent()).toContain('IS, NO');
  // Edited: the form comes back filled in with what is stored.
  await row.getByRole('button', { name: `Edit ${METHOD}` }).click();
  await page.getByRole('heading', { name: `Edit ${METHOD}` }).waitFor();
  await expect(page.getByLabel('Countries').inputValue()).resolves.toBe('IS, NO');
  await expect(page.getByLabel('Price (USD)').inputValue()).resolves.toBe('4.99');
  await page.getByLabel(/^Max days/).fill('5');
  await page.getByRole('button', { name: 'Save shipping method' }).click();
  await expect.poll(() => row.textContent()).toContain('2–5 days');
  await expectAccessible(page, 'admin shipping methods');

  await page.getByRole('link', { name: 'Tax rates' }).click();
  await page.getByLabel('Country code').fill('is');
  await page.getByLabel('Tax name').fill('VAT');
  await page.getByLabel('Rate (%)').fill('8.25');
  await page.getByRole('button', { name: 'Set tax rate' }).click();
  await expect.poll(() => page.getByRole('row', { name: /^IS whole country/ }).textContent()).toContain('8.25 %');
  // A region's rate, set and deleted again with its row's button.
  await page.getByLabel('Country code').fill('IS');
  await page.getByLabel(/^Region/).fill('Capital');
  await page.getByLabel('Tax name').fill('VAT');
  await page.getByLabel('Rate (%)').fill('20');
  await page.getByRole('button', { name: 'Set tax rate' }).click();
  const region = page.getByRole('row', { name: /^IS CAPITAL/ });
  await expect.poll(() => region.textContent()).toContain('20 %');
  await region.getByRole('button', { name: 'Delete the tax rate of IS CAPITAL' }).click();
  await expect.poll(() => region.count()).toBe(0);
  await expectAccessible(page, 'admin tax rates');

  await page.getByRole('link', { name: 'Promotion codes' }).click();
  await page.getByLabel('Code', { exact: true }).fill(CODE.toLowerCase());
  await page.getByLabel(/^Percent off/).fill('10');
  await page.getByRole('button', { name: 'Create promotion code' }).click();
  await expect.poll(() => page.getByRole('row', { name: new RegExp(CODE) }).textContent()).toContain('10 % off');
  await page.getByLabel('Code', { exact: true }).fill(BIG);
  await page.getByLabel(/^Amount off/).fill('5');
  await page.getByLabel(/^Minimum subtotal/).fill('100000');
  await page.getByRole('button', { name: 'Create promotion code' }).click();
  await page.getByRole('row', { name: new RegExp(BIG) }).waitFor();
  await expectAccessible(page, 'admin promotion codes');
}

/** What the admin typed reached the API in minor units and basis points. */
async function expectStored(subtotal: number): Promise<void> {
  const stored = await h.adminCall<{
    taxRates: { country: string; rate: number }[];
    promotionCodes: { code: string; amountOff: number | null; minSubtotal: number | null }[];
    allShippingMethods: { name: string; price: { amount: number }; freeOver: { amount: number } | null }[];
  }>(
    '{ taxRates { country rate } promotionCodes { code amountOff minSubtotal } ' +
      'allShippingMethods { name price { amount } freeOver { amount } } }',
  );
  expect(stored.taxRates.filter((r) => r.country === 'IS')).toEqual([{ country: 'IS', rate: 825 }]);
  expect(stored.promotionCodes.find((c) => c.code === BIG)).toMatchObject({ amountOff: 500, minSubtotal: 10_000_000 });
  const method = stored.allShippingMethods.find((m) => m.name === METHOD);
  expect(method).toMatchObject({ price: { amount: 499 }, freeOver: { amount: subtotal - 1 } });
}

/** The shopper fills in an address in Iceland: the new method is chosen for them, free for this cart. */
async function shopperAtCheckout(product: { id: string; name: string }, variant: SeedVariant) {
  const shopper = await signUpShopper(h.shop.outputs, 'web-pricing');
  const { page, problems } = await openPage(h);
  await signInThroughPage(page, h.origin, shopper.email, shopper.password);
  await page.goto(`${h.origin}/shop/product/${encodeURIComponent(product.id)}`);
  await page.getByRole('button', { name: `Add ${variant.name} to cart` }).click();
  await page.getByText(`Added ${product.name} — ${variant.name}`).waitFor();
  await page.goto(`${h.origin}/shop/checkout`);
  await page.getByLabel('Full name').fill('Ada Pricer');
  await page.getByLabel('Address line 1').fill('1 Laugavegur');
  await page.getByLabel('City').fill('Reykjavik');
  await page.getByLabel('Country code (e.g. US)').fill('IS');
  const methods = page.getByRole('radiogroup', { name: 'Shipping method' });
  const choice = methods.getByRole('radio', { name: new RegExp(`^${METHOD}`) });
  await expect.poll(() => choice.isChecked()).toBe(true);
  await expect(methods.getByText(METHOD).textContent()).resolves.toBe(`${METHOD} — Free — 2–5 days`);
  const subtotal = variant.price.amount;
  const free = await quoted(page);
  expect(free).toEqual({ Subtotal: subtotal, Shipping: 0, Tax: taxOf(subtotal, 825), Total: free['Total'] });
  expectAddsUp(free);
  await expectAccessible(page, 'checkout with a price');
  return { page, problems, methods, free };
}

/** Refused codes say why; the 10 % code takes the discounted subtotal under the threshold: shipping is charged. */
async function shopperTriesCodes(page: Page, methods: Locator, free: Record<string, number>, freeOver: string) {
  await page.getByLabel('Promotion code').fill('NOPE-NOT-A-CODE');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect.poll(() => page.getByRole('alert').textContent()).toBe('This code does not exist.');
  await page.getByLabel('Promotion code').fill(BIG.toLowerCase());
  await page.getByRole('button', { name: 'Apply' }).click();
  const belowMinimum = 'Your order is below the minimum for this code.';
  await expect.poll(() => page.getByRole('alert').textContent()).toBe(belowMinimum);
  expect(await quoted(page)).toEqual(free);

  await page.getByLabel('Promotion code').fill(CODE.toLowerCase());
  await page.getByRole('button', { name: 'Apply' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Code ${CODE} applied.` })
    .waitFor();
  await expect(page.getByRole('alert').count()).resolves.toBe(0);
  const discounted = await quoted(page);
  const subtotal = free['Subtotal']!;
  const discount = subtotal / 10;
  expect(discounted).toMatchObject({ Subtotal: subtotal, Discount: discount, Shipping: 499 });
  expect(discounted['Tax']).toBe(taxOf(subtotal - discount, 825) + taxOf(499, 825));
  expectAddsUp(discounted);
  await expect(methods.getByText(METHOD).textContent()).resolves.toContain(`$4.99 (free over $${freeOver})`);
  return discounted;
}

const dollars = (amount: number | undefined) => `$${((amount ?? NaN) / 100).toFixed(2)}`;

/** The rate changes after the shopper saw the price: the order is not placed at a price they did not see. */
async function shopperIsToldThePriceChanged(page: Page, seen: Record<string, number>) {
  await h.adminCall('mutation { setTaxRate(input: { country: "IS", rate: 1000, name: "VAT" }) { rate } }');
  await page.getByRole('button', { name: 'Place order' }).click();
  const changed = page.getByRole('alert').filter({ hasText: 'The total changed' });
  await expect.poll(() => changed.textContent()).toMatch(/changed from \$[\d.,]+ to \$[\d.,]+/);
  const requoted = await quoted(page);
  const discounted = seen['Subtotal']! - seen['Discount']!;
  expect(requoted['Tax']).toBe(taxOf(discounted, 1000) + taxOf(499, 1000));
  expectAddsUp(requoted);
  expect(await changed.textContent()).toContain(`from ${dollars(seen['Total'])} to ${dollars(requoted['Total'])}`);
  return requoted;
}

/** Places the order, leaves Stripe's page unpaid, and opens the order's own page from the orders list. */
async function shopperPlacesAndOpensTheOrder(page: Page, totals: Record<string, number>): Promise<string> {
  await page.getByRole('button', { name: 'Place order' }).click();
  await page.waitForURL((url) => url.origin === h.stripeOrigin);
  await page.getByRole('link', { name: 'Back' }).click();
  await page.waitForURL(/\/shop\/orders\?placed=.*payment=cancelled/);
  const orderId = new URL(page.url()).searchParams.get('placed')!;
  await page.getByRole('link', { name: `Order ${orderId}` }).click();
  await page.getByRole('heading', { name: `Order ${orderId}` }).waitFor();
  await page.getByRole('table', { name: 'Price breakdown' }).waitFor();
  expect(await breakdown(page)).toEqual(totals);
  const placedWith = `Shipping method: ${METHOD} — Promotion code: ${CODE}`;
  await expect(page.getByText(/^Shipping method:/).textContent()).resolves.toBe(placedWith);
  await expectAccessible(page, 'order page');
  return orderId;
}

/** The code counts one redemption and can be switched off; the board shows the order's price part by part. */
async function adminSeesTheOrder(page: Page, orderId: string, totals: Record<string, number>): Promise<void> {
  await page.waitForLoadState('networkidle'); // so the reload aborts nothing still loading
  await page.reload();
  const codeRow = page.getByRole('row', { name: new RegExp(CODE) });
  await expect.poll(() => codeRow.getByRole('cell').nth(7).textContent()).toBe('1');
  await codeRow.getByRole('button', { name: `Deactivate ${CODE}` }).click();
  await codeRow.getByRole('button', { name: `Activate ${CODE}` }).waitFor();
  // the listing reads GSI1, which may lag the item (GSI reads are eventually consistent on AWS too)
  const activeNow = async () =>
    (
      await h.adminCall<{ promotionCodes: { code: string; active: boolean }[] }>('{ promotionCodes { code active } }')
    ).promotionCodes.find((c) => c.code === CODE)?.active;
  await expect.poll(activeNow).toBe(false);
  await page.getByRole('link', { name: 'Orders board' }).click();
  const card = page.getByRole('listitem', { name: `Order ${orderId}` });
  await card.getByRole('table', { name: `Price of order ${orderId}` }).waitFor();
  expect(await breakdownAcross(card, `Price of order ${orderId}`)).toEqual(totals);
  await expect(card.getByText(/^Shipping method:/).textContent()).resolves.toContain(`Promotion code: ${CODE}`);
  await expectAccessible(page, 'board with a priced order');
}

describe('pricing in the storefront and the admin', () => {
  test('admin sets up shipping, tax and codes; the shopper sees the price in parts and pays just that', async () => {
    const { product, variant } = await variantInStock();
    // Free before the 10 % code, charged after it: the threshold is one cent under the subtotal.
    const freeOver = ((variant.price.amount - 1) / 100).toFixed(2);
    const admin = await openPage(h);
    await adminSetsUp(admin.page, freeOver);
    await expectStored(variant.price.amount);

    const { page, problems, methods, free } = await shopperAtCheckout(product, variant);
    const discounted = await shopperTriesCodes(page, methods, free, freeOver);
    const requoted = await shopperIsToldThePriceChanged(page, discounted);
    const orderId = await shopperPlacesAndOpensTheOrder(page, requoted);
    expect(problems.all()).toEqual([]);
    await page.context().close();

    await adminSeesTheOrder(admin.page, orderId, requoted);
    expect(admin.problems.all()).toEqual([]);
    await admin.page.context().close();
  }, 180_000);
});
