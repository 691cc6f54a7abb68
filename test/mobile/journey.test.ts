// The mobile app's web target (React Native for Web, served by npm start at /mobile/) in real Chromium at a
// phone's size and touch, against the real API: sign in, search with a facet, product, cart, checkout with an
// address and its quote, pay on the Stripe twin's hosted page, and back in the app the order turns PAID live.
// Why the web target and not React Native Testing Library: it runs the very bundle `npm start` serves and
// Amplify's real WebSocket for the live status, in the browser the web tests already use; RNTL would render in
// Node with mocked native modules (AsyncStorage, NetInfo), which is what we want to avoid.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeBrowser, watchPage, type PageProblems } from '../support/browser.ts';
import { ROOT } from '../support/shop-process.ts';
import { signUpShopper } from '../support/shop-shoppers.ts';
import { expectAccessible, startWebHarness, type WebHarness } from '../web/web-harness.ts';

/** An iPhone 15's CSS viewport, with touch: what a shopper holding a phone gets. */
const PHONE = { width: 390, height: 844 } as const;

let h: WebHarness;

beforeAll(async () => {
  h = await startWebHarness();
}, 200_000);

afterAll(async () => {
  await closeBrowser(h?.browser);
  await h?.shop.stop();
});

interface SeedProduct {
  id: string;
  name: string;
  categoryId: string;
  variants: { sku: string; name: string; stock: number }[];
}

async function productInStock(): Promise<{ product: SeedProduct; variant: SeedProduct['variants'][number] }> {
  const data = await h.adminCall<{ listProducts: { items: SeedProduct[] } }>(
    '{ listProducts(limit: 100) { items { id name categoryId variants { sku name stock } } } }',
  );
  for (const product of data.listProducts.items) {
    const variant = product.variants.find((v) => v.stock >= 3);
    if (variant) return { product, variant };
  }
  throw new Error('the demo catalog has no variant in stock');
}

async function openPhone(): Promise<{ page: Page; problems: PageProblems }> {
  const context = await h.browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    // Amplify opens wss:// to the twin, whose certificate is self-signed (README "The local certificate").
    ignoreHTTPSErrors: true,
  });
  const page = await context.newPage();
  const cognito = h.shop.outputs.cognitoEndpoint ? new URL(h.shop.outputs.cognitoEndpoint).origin : h.origin;
  const allowedOrigins = [h.origin, cognito, h.stripeOrigin, ...h.imageOrigins];
  return { page, problems: watchPage(page, { allowedOrigins }) };
}

/** The README's picture of the app, as web-harness's saveScreenshot does: `SCREENSHOTS=update` writes docs/. */
async function savePhoneScreenshot(page: Page, name: string): Promise<void> {
  const dir = join(ROOT, process.env['SCREENSHOTS'] === 'update' ? 'docs' : '.data', 'screenshots');
  await mkdir(dir, { recursive: true });
  const png = await page.screenshot({ path: join(dir, `${name}.png`), type: 'png', scale: 'css' });
  // IHDR's width and height (bytes 16-23): the phone's CSS pixels.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([PHONE.width, PHONE.height]);
}

describe('the mobile app at a phone’s size', () => {
  test('sign in → search and facet → product → cart → checkout → hosted page → PAID live → sign out', async () => {
    const { product, variant } = await productInStock();
    const shopper = await signUpShopper(h.shop.outputs, 'mobile-shopper');
    const { page, problems } = await openPhone();

    await page.goto(`${h.origin}/mobile/account`);
    await page.getByLabel('Email').fill(shopper.email);
    await page.getByLabel('Password').fill(shopper.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).tap();
    // Signed in, the app shows the catalog: every product, then the category facet narrows it.
    const products = page.getByRole('list', { name: 'Products' });
    await products.waitFor();
    await expectAccessible(page, 'mobile catalog');
    const chip = page.getByRole('checkbox', { name: /\(\d+\)$/ }).first();
    const chipCount = Number(/\((\d+)\)$/.exec((await chip.getAttribute('aria-label')) ?? '')?.[1]);
    await chip.tap();
    await expect.poll(() => chip.getAttribute('aria-checked')).toBe('true');
    await page.getByText(`${chipCount} products`, { exact: true }).waitFor();
    await chip.tap();
    await expect.poll(() => chip.getAttribute('aria-checked')).toBe('false');
    await page.waitForLoadState('networkidle');
    await savePhoneScreenshot(page, 'mobile-catalog');

    await page.getByLabel('Search products').fill(product.name);
    await page.getByRole('button', { name: 'Search', exact: true }).tap();
    // A tile's name is its text: the product's name, then its price.
    const tileName = new RegExp(`^${product.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} from `);
    await products.getByRole('link', { name: tileName }).tap();
    await page.getByRole('heading', { name: product.name }).waitFor();
    await page.getByRole('button', { name: `Add ${variant.name} to cart` }).tap();
    await page.getByText(`Added ${product.name} — ${variant.name}`).waitFor();
    await page.getByRole('button', { name: 'View cart' }).tap();
    await page.getByRole('list', { name: 'Cart' }).waitFor();
    await page.getByText(/^Subtotal: /).waitFor();
    await page.getByRole('button', { name: 'Checkout', exact: true }).tap();

    await page.getByLabel('Full name').fill('Ada Mobile');
    await page.getByLabel('Address line 1').fill('1 Main St');
    await page.getByLabel('City').fill('Springfield');
    await page.getByLabel('Country code (e.g. US)').fill('US');
    await page.getByText(/^Total: /).waitFor();
    await page.getByRole('button', { name: 'Place order' }).tap();

    await page.waitForURL((url) => url.origin === h.stripeOrigin);
    await page.getByLabel('Card number').fill('4242 4242 4242 4242');
    await page.getByLabel('Expiry').fill('12 / 34');
    await page.getByLabel('CVC').fill('123');
    await page.getByRole('button', { name: 'Pay' }).tap();

    await page.waitForURL(/\/mobile\/orders\?placed=.*payment=success/);
    const orderId = new URL(page.url()).searchParams.get('placed')!;
    await expect.poll(() => page.getByTestId(`status-${orderId}`).textContent(), { timeout: 20_000 }).toBe('PAID');
    await expect.poll(() => page.getByTestId(`payment-${orderId}`).textContent()).toBe('Payment: Paid');
    await expect(page.getByRole('button', { name: /^Pay now/ }).count()).resolves.toBe(0);
    // Live, not only loaded on return: the shop starts fulfilling it and the open screen follows.
    await h.adminCall('mutation ($id: ID!) { updateOrderStatus(id: $id, status: FULFILLING) { id } }', {
      id: orderId,
    });
    await expect
      .poll(() => page.getByTestId(`status-${orderId}`).textContent(), { timeout: 20_000 })
      .toBe('FULFILLING');
    await expectAccessible(page, 'mobile orders');

    // Signing out leaves the orders behind a sign-in.
    await page.getByRole('button', { name: 'Account', exact: true }).tap();
    await page.getByText(`Signed in as ${shopper.email}.`).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).tap();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByRole('button', { name: 'Orders', exact: true }).tap();
    await page.getByLabel('Password').waitFor();
    await expect(page.getByRole('list', { name: 'Orders' }).count()).resolves.toBe(0);
    expect(problems.all()).toEqual([]);
    await page.context().close();
  }, 180_000);

  test('sign up → confirm with the emailed code → sign in', async () => {
    const email = `mobile-new-${Date.now().toString(36)}@example.com`;
    const { page, problems } = await openPhone();
    await page.goto(`${h.origin}/mobile/account`);
    await page.getByRole('button', { name: 'No account yet? Create one' }).tap();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('Mobile-Passw0rd!');
    await page.getByRole('button', { name: 'Create an account', exact: true }).tap();
    await page.getByRole('heading', { name: 'Confirm your account' }).waitFor();
    // The Cognito twin prints the code it "emails" in the npm start log.
    const escaped = email.replace(/[.+]/g, '\\$&');
    const [, code] = await h.shop.waitFor(new RegExp(`Cognito: confirmation code for ${escaped}: (\\d+)`));
    await page.getByLabel('Confirmation code').fill(code!);
    await page.getByRole('button', { name: 'Confirm your account', exact: true }).tap();
    await page.getByText('Confirmed: now sign in.').waitFor();
    await page.getByLabel('Password').fill('Mobile-Passw0rd!');
    await page.getByRole('button', { name: 'Sign in', exact: true }).tap();
    await page.getByRole('list', { name: 'Products' }).waitFor();
    await page.getByRole('button', { name: 'Account', exact: true }).tap();
    await page.getByText(`Signed in as ${email}.`).waitFor();
    expect(problems.all()).toEqual([]);
    await page.context().close();
  }, 60_000);
});
