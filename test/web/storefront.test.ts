// The storefront and admin in real Chromium against a real `npm start`: Amplify JS, local Cognito, AppSync
// real-time, DynamoDB Local; the test moves orders over IAM like a payment service would.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generatePassword } from '../../local/engines/index.ts';
import { closeBrowser } from '../support/browser.ts';
import { signUpShopper } from '../support/shop-shoppers.ts';
import { signedGraphql } from '../support/sigv4-client.ts';
import {
  expectAccessible,
  openPage,
  saveScreenshot,
  signInThroughPage,
  startWebHarness,
  type WebHarness,
} from './web-harness.ts';

let h: WebHarness;

interface SeedProduct {
  id: string;
  name: string;
  variants: { sku: string; name: string; stock: number }[];
}

async function productWithTwoVariants(): Promise<SeedProduct> {
  const data = await h.adminCall<{ listProducts: { items: SeedProduct[] } }>(
    '{ listProducts(limit: 100) { items { id name status variants { sku name stock } } } }',
  );
  const product = data.listProducts.items.find((p) => p.variants.filter((v) => v.stock >= 5).length >= 2);
  if (!product) throw new Error('the demo catalog has no product with two variants in stock');
  return product;
}

const ADDRESS = { name: 'Ada Shopper', line1: '1 Main St', city: 'Springfield', country: 'US' };

beforeAll(async () => {
  h = await startWebHarness();
}, 200_000);

afterAll(async () => {
  await closeBrowser(h?.browser);
  await h?.shop.stop();
});

describe('storefront', () => {
  test('npm start names the storefront and admin, and each serves its app', async () => {
    const named = (label: string) => h.shop.output().match(new RegExp(`^\\s*${label}\\s+(\\S+)$`, 'm'))?.[1];
    expect(named('Storefront')).toBe(`${h.origin}/shop/`);
    expect(named('Admin')).toBe(`${h.origin}/admin/`);
    const { page, problems } = await openPage(h);
    await page.goto(named('Storefront')!);
    await page.getByRole('heading', { name: 'Welcome to the shop' }).waitFor();
    await page.waitForLoadState('networkidle'); // so leaving aborts none of the home page's requests
    await page.goto(named('Admin')!);
    await page.getByRole('navigation', { name: 'Admin' }).waitFor();
    expect(problems.all()).toEqual([]);
    await page.context().close();
  });

  test('a shopper browses, adds two variants, signs in, checks out and sees the status change live', async () => {
    const product = await productWithTwoVariants();
    const shopper = await signUpShopper(h.shop.outputs, 'web-shopper');
    const { page, problems } = await openPage(h);

    await page.goto(`${h.origin}/shop/`);
    await page.getByRole('heading', { name: 'Newest products' }).waitFor();
    await page.getByRole('link', { name: product.name }).first().waitFor();
    await expectAccessible(page, 'home');
    await saveScreenshot(page, 'storefront');
    await page.getByRole('link', { name: product.name }).first().click();
    await page.getByRole('heading', { level: 1, name: product.name }).waitFor();
    await expectAccessible(page, 'product');
    const [first, second] = product.variants.filter((v) => v.stock >= 5);
    await page.getByRole('button', { name: `Add ${first!.name} to cart` }).click();
    await page.getByText(`Added ${product.name} — ${first!.name}`).waitFor();
    await page.getByRole('button', { name: `Add ${second!.name} to cart` }).click();
    await page.getByText(`Added ${product.name} — ${second!.name}`).waitFor();

    await page.goto(`${h.origin}/shop/account`);
    await expectAccessible(page, 'sign in');
    await signInThroughPage(page, h.origin, shopper.email, shopper.password);
    // Signing in moves the lines picked before into the customer's cart.
    await page.goto(`${h.origin}/shop/cart`);
    await page.getByRole('table', { name: 'Cart lines' }).waitFor();
    await expect.poll(() => page.getByRole('row').count()).toBe(3);
    await expect(page.getByText(/\$\d/).first().isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'cart');

    await page.getByRole('link', { name: 'Check out' }).click();
    await page.getByRole('heading', { name: 'Checkout' }).waitFor();
    await expectAccessible(page, 'checkout');
    await page.getByLabel('Full name').fill(ADDRESS.name);
    await page.getByLabel('Address line 1').fill(ADDRESS.line1);
    await page.getByLabel('City').fill(ADDRESS.city);
    await page.getByLabel('Country code (e.g. US)').fill(ADDRESS.country);
    await page.getByRole('button', { name: 'Place order' }).click();
    // Checkout opens Stripe's hosted page; its Back link returns to the orders page unpaid.
    await page.waitForURL((url) => url.origin === h.stripeOrigin);
    await page.getByRole('link', { name: 'Back' }).click();
    await page.waitForURL(/\/shop\/orders\?placed=.*payment=cancelled/);
    await page.getByRole('button', { name: /^Pay now/ }).waitFor();
    const orderId = new URL(page.url()).searchParams.get('placed')!;
    const status = page.getByTestId(`status-${orderId}`);
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('PENDING_PAYMENT');
    await expectAccessible(page, 'my orders');

    // Give the subscription a moment to be acknowledged, then move the order as the payment service.
    await page.waitForTimeout(1500);
    const moved = await signedGraphql(
      h.shop.outputs.graphqlUrl,
      h.shop.outputs.iam,
      h.shop.outputs.region,
      'mutation($id: ID!) { updateOrderStatus(id: $id, status: PAID) { id customerId status } }',
      { id: orderId },
    );
    expect(moved.body.errors).toBeUndefined();
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('PAID');
    expect(problems.all()).toEqual([]);
    await page.context().close();
  }, 90_000);

  test('an InsufficientStock checkout names the SKU', async () => {
    const product = await productWithTwoVariants();
    const sku = product.variants.find((v) => v.stock >= 5)!.sku;
    const shopper = await signUpShopper(h.shop.outputs, 'web-short');
    const added = await shopper.call('mutation($sku: ID!) { addToCart(sku: $sku, quantity: 2) { itemCount } }', {
      sku,
    });
    expect(added.body.errors).toBeUndefined();
    const { page } = await openPage(h);
    await signInThroughPage(page, h.origin, shopper.email, shopper.password);
    const read = await h.adminCall<{ product: { variants: { sku: string; stock: number }[] } }>(
      'query($id: ID!) { product(id: $id) { variants { sku stock } } }',
      { id: product.id },
    );
    const before = read.product.variants.find((v) => v.sku === sku)!.stock;
    // Leave one unit fewer than the cart needs.
    await h.adminCall('mutation($sku: ID!, $d: Int!) { adjustStock(sku: $sku, delta: $d) { stock } }', {
      sku,
      d: 1 - before,
    });
    await page.goto(`${h.origin}/shop/checkout`);
    await page.getByLabel('Full name').fill(ADDRESS.name);
    await page.getByLabel('Address line 1').fill(ADDRESS.line1);
    await page.getByLabel('City').fill(ADDRESS.city);
    await page.getByLabel('Country code (e.g. US)').fill(ADDRESS.country);
    await page.getByRole('button', { name: 'Place order' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(`Not enough stock for ${sku}`);
    await h.adminCall('mutation($sku: ID!, $d: Int!) { adjustStock(sku: $sku, delta: $d) { stock } }', {
      sku,
      d: before - 1,
    });
    await page.context().close();
  }, 60_000);
});

/** The code `npm start` prints for a sign-up, as a shopper running locally would read it off the log. */
async function confirmationCodeFor(email: string): Promise<string> {
  const escaped = email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = await h.shop.waitFor(new RegExp(`Cognito: confirmation code for ${escaped}: (\\d+)`));
  return match[1]!;
}

/** What the page watcher records when Cognito refuses one request: the 400, and Chromium's console line for it. */
function cognitoRefusal(): string[] {
  const url = `${new URL(h.shop.outputs.cognitoEndpoint!).origin}/`;
  return [
    `console error: Failed to load resource: the server responded with a status of 400 (Bad Request) (${url}:0)`,
    `HTTP error: 400 POST ${url}`,
  ];
}

describe('account', () => {
  test('a new shopper signs up, confirms with the logged code, signs in, sees the account, signs out', async () => {
    const email = `web-signup-${randomUUID().slice(0, 8)}@example.com`;
    const password = generatePassword();
    const { page, problems } = await openPage(h);
    await page.goto(`${h.origin}/shop/account`);
    await page.getByRole('button', { name: 'No account? Create one' }).click();
    await page.getByRole('heading', { name: 'Create an account' }).waitFor();
    await expectAccessible(page, 'sign up');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Create an account' }).click();
    await page.getByRole('heading', { name: 'Confirm your account' }).waitFor();
    await expect(page.getByRole('status').textContent()).resolves.toContain('printed in the npm start log');
    await expectAccessible(page, 'confirm');

    const code = await confirmationCodeFor(email);
    await page.getByLabel('Confirmation code').fill(code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Confirm your account' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/code is not right/i);
    await expectAccessible(page, 'wrong code');
    await page.getByLabel('Confirmation code').fill(code);
    await page.getByRole('button', { name: 'Confirm your account' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);

    await expect(page.getByLabel('Email').inputValue()).resolves.toBe(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('link', { name: `Account (${email})` }).click();
    await page.getByRole('heading', { name: 'Your account' }).waitFor();
    await expect(page.getByText(`Signed in as ${email}.`).count()).resolves.toBe(1);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expect(page.getByRole('link', { name: `Account (${email})` }).count()).resolves.toBe(0);
    // Signed out for good: a reload does not bring the session back.
    await page.reload();
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    await expect(page.getByRole('link', { name: 'Sign in', exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: /^Account/ }).count()).resolves.toBe(0);
    // Only the wrong code was refused, by Cognito.
    expect(problems.all()).toEqual(cognitoRefusal());
    await page.context().close();
  }, 90_000);

  test('a shopper who left before confirming is asked for the code when signing in, and then gets in', async () => {
    const email = `web-later-${randomUUID().slice(0, 8)}@example.com`;
    const password = generatePassword();
    const { page, problems } = await openPage(h);
    await page.goto(`${h.origin}/shop/account`);
    await page.getByRole('button', { name: 'No account? Create one' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Create an account' }).click();
    await page.getByRole('heading', { name: 'Confirm your account' }).waitFor();
    const code = await confirmationCodeFor(email);

    // They come back another time and sign in as if the account were ready.
    await page.reload();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Confirm your account' }).waitFor();
    await expect(page.getByRole('status').textContent()).resolves.toContain('confirm your account first');
    await expect(page.getByRole('link', { name: /^Account/ }).count()).resolves.toBe(0);
    await page.getByLabel('Confirmation code').fill(code);
    await page.getByRole('button', { name: 'Confirm your account' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('link', { name: `Account (${email})` }).waitFor();
    // Cognito refused the first sign-in (the account was not confirmed yet).
    expect(problems.all()).toEqual(cognitoRefusal());
    await page.context().close();
  }, 90_000);

  test('a wrong password is refused in words and leaves the shopper signed out', async () => {
    const shopper = await signUpShopper(h.shop.outputs, 'web-wrong-password');
    const { page, problems } = await openPage(h);
    await page.goto(`${h.origin}/shop/account`);
    await page.getByLabel('Email').fill(shopper.email);
    await page.getByLabel('Password').fill(`${shopper.password}-not`);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/wrong email or password/i);
    await expectAccessible(page, 'wrong password');
    await expect(page.getByRole('link', { name: /^Account/ }).count()).resolves.toBe(0);
    expect(problems.all()).toEqual(cognitoRefusal());
    await page.context().close();
  }, 60_000);
});

describe('admin', () => {
  test('a shopper cannot open the admin', async () => {
    const shopper = await signUpShopper(h.shop.outputs, 'web-nosy');
    const { page } = await openPage(h);
    await signInThroughPage(page, h.origin, shopper.email, shopper.password);
    await page.goto(`${h.origin}/admin/`);
    await page.getByRole('heading', { name: 'Admins only' }).waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(`${shopper.email} is not an admin`);
    await expect(page.getByRole('heading', { name: 'Products' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'admin refusal');
    await page.context().close();
  }, 60_000);

  test('an admin creates a product, sees a new order live and ships it with the board buttons', async () => {
    const admin = h.shop.outputs.users.find((u) => u.email === 'admin@example.com')!;
    const { page, problems } = await openPage(h);
    await signInThroughPage(page, h.origin, admin.email, admin.password);
    await page.goto(`${h.origin}/admin/`);
    await page.getByRole('heading', { name: 'Create a product' }).waitFor();
    await expectAccessible(page, 'admin products');
    const suffix = Date.now().toString(36);
    const sku = `WEB-${suffix.toUpperCase()}`;
    await page.getByLabel('Name', { exact: true }).fill(`Web test tea ${suffix}`);
    await page.getByLabel('Slug').fill(`web-test-tea-${suffix}`);
    await page.getByLabel('SKU').fill(sku);
    await page.getByLabel('Variant name').fill('50 g');
    await page.getByLabel('Price (USD)').fill('12.50');
    await page.getByLabel('Stock', { exact: true }).fill('10');
    await page.getByRole('button', { name: 'Create product' }).click();
    await page.getByRole('heading', { name: `Edit Web test tea ${suffix}` }).waitFor();
    await expect(page.getByText(`50 g (${sku})`).textContent()).resolves.toContain('$12.50');
    await expectAccessible(page, 'admin edit');

    await page.getByRole('link', { name: 'Orders board' }).click();
    await page.getByRole('heading', { name: 'Orders' }).waitFor();
    await expectAccessible(page, 'orders board');
    await page.waitForTimeout(1500);
    const shopper = await signUpShopper(h.shop.outputs, 'web-board');
    await shopper.call('mutation($sku: ID!) { addToCart(sku: $sku, quantity: 1) { itemCount } }', { sku });
    const placed = await shopper.call<{ checkout: { id: string } }>(
      'mutation($input: CheckoutInput!) { checkout(input: $input) { id } }',
      { input: { idempotencyKey: `web-board-${suffix}`, shippingAddress: ADDRESS } },
    );
    expect(placed.body.errors).toBeUndefined();
    const id = placed.body.data!.checkout.id;
    const status = page.getByTestId(`status-${id}`);
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('PENDING_PAYMENT');
    for (const next of ['PAID', 'FULFILLING', 'SHIPPED']) {
      await page.getByRole('button', { name: `Mark ${id} as ${next}` }).click();
      await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe(next);
    }
    await saveScreenshot(page, 'admin');
    expect(problems.all()).toEqual([]);
    await page.context().close();
  }, 90_000);

  test('a stale edit shows the conflict', async () => {
    const admin = h.shop.outputs.users.find((u) => u.email === 'admin@example.com')!;
    const product = await productWithTwoVariants();
    const { page } = await openPage(h);
    await signInThroughPage(page, h.origin, admin.email, admin.password);
    await page.goto(`${h.origin}/admin/product/${product.id}`);
    await page.getByRole('heading', { name: `Edit ${product.name}` }).waitFor();
    // Someone else saves first.
    const current = await h.adminCall<{ product: { version: number; description: string | null } }>(
      'query($id: ID!) { product(id: $id) { version description } }',
      { id: product.id },
    );
    await h.adminCall('mutation($input: UpdateProductInput!) { updateProduct(input: $input) { version } }', {
      input: { id: product.id, expectedVersion: current.product.version, description: 'Changed elsewhere' },
    });
    await page.getByLabel('Description').fill('My stale change');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Someone else changed this');
    await expectAccessible(page, 'stale edit');
    await page.getByRole('button', { name: 'Reload the latest version' }).click();
    await expect.poll(() => page.getByLabel('Description').inputValue()).toBe('Changed elsewhere');
    await page.context().close();
  }, 60_000);
});
