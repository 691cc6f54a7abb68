// The storefront and admin in real Chromium against a real `npm start`: Amplify JS, local Cognito, AppSync
// real-time, DynamoDB Local; the test moves orders over IAM like a payment service would.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeBrowser } from '../support/browser.ts';
import { signUpShopper } from '../support/shop-shoppers.ts';
import { signedGraphql } from '../support/sigv4-client.ts';
import { expectAccessible, openPage, signInThroughPage, startWebHarness, type WebHarness } from './web-harness.ts';

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
  test('a shopper browses, adds two variants, signs in, checks out and sees the status change live', async () => {
    const product = await productWithTwoVariants();
    const shopper = await signUpShopper(h.shop.outputs, 'web-shopper');
    const { page, problems } = await openPage(h);

    await page.goto(`${h.origin}/shop/`);
    await page.getByRole('heading', { name: 'Newest products' }).waitFor();
    await page.getByRole('link', { name: product.name }).first().waitFor();
    await expectAccessible(page, 'home');
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
    await page.waitForURL(/\/shop\/orders\?placed=/);
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
