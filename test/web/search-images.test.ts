// Search and image upload through the web app. They need searchProducts (issue 10) and
// createProductImageUpload/attachProductImage (issue 9), which are built on other branches.
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeBrowser } from '../support/browser.ts';
import { expectAccessible, openPage, signInThroughPage, startWebHarness, type WebHarness } from './web-harness.ts';

let h: WebHarness;

beforeAll(async () => {
  h = await startWebHarness();
}, 200_000);

afterAll(async () => {
  await closeBrowser(h?.browser);
  await h?.shop.stop();
});

/** A real 2x2 PNG (signature, IHDR, IDAT, IEND), made here so the test needs no fixture file. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.from([0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]);
  const rows = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('search page', () => {
  test('finds a product by a word of its name, filters by a facet and sorts by price', async () => {
    const { listProducts, categories } = await h.adminCall<{
      listProducts: { items: { name: string; status: string; categoryId: string }[] };
      categories: { id: string; name: string }[];
    }>('{ listProducts(limit: 20) { items { name status categoryId } } categories { id name } }');
    const target = listProducts.items.find((p) => p.status === 'ACTIVE')!;
    const targetCategory = categories.find((c) => c.id === target.categoryId)!;
    const word = target.name.split(' ').find((w) => w.length > 3) ?? target.name;
    const { page, problems } = await openPage(h);
    await page.goto(`${h.origin}/shop/search`);
    await page.getByLabel('Search products').fill(word);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('link', { name: target.name }).first().waitFor({ timeout: 10_000 });
    await expectAccessible(page, 'search results');
    // The category facet reads as the shop's category names, never as their ids; price bands in dollars.
    const filters = page.getByRole('complementary', { name: 'Filters' });
    await filters
      .getByRole('button', { name: `${targetCategory.name} (`, exact: false })
      .first()
      .waitFor();
    const labels = await filters.getByRole('button').allTextContents();
    for (const c of categories) expect(labels.some((l) => l.startsWith(`${c.id} (`))).toBe(false);
    expect(labels.some((l) => /^\$\d+\.\d{2}/.test(l))).toBe(true);
    const facet = page.getByRole('complementary', { name: 'Filters' }).getByRole('button').first();
    await facet.click();
    await expect.poll(() => facet.getAttribute('aria-pressed')).toBe('true');
    await page.getByLabel('Sort by').selectOption('PRICE_ASC');
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('PRICE_ASC');
    await page.getByText(/\d+ products/).waitFor();
    expect(problems.all()).toEqual([]);
    await page.context().close();
  }, 60_000);
});

describe('/shop/config.json from npm start', () => {
  test("tells the app the shop's currency (the template's CURRENCY) and nothing secret", async () => {
    const response = await fetch(`${h.origin}/shop/config.json`);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ graphqlUrl: h.shop.outputs.graphqlUrl, currency: 'USD' });
    expect(text).not.toContain(h.shop.outputs.iam.secretAccessKey);
    for (const user of h.shop.outputs.users) expect(text).not.toContain(user.password);
  });
});

describe('product images', () => {
  test('an admin uploads an image straight to the presigned POST and sees it on the product', async () => {
    const admin = h.shop.outputs.users.find((u) => u.email === 'admin@example.com')!;
    const { listProducts } = await h.adminCall<{ listProducts: { items: { id: string; name: string }[] } }>(
      '{ listProducts(limit: 1) { items { id name } } }',
    );
    const product = listProducts.items[0]!;
    const { page } = await openPage(h);
    await signInThroughPage(page, h.origin, admin.email, admin.password);
    await page.goto(`${h.origin}/admin/product/${product.id}`);
    await page.getByRole('heading', { name: `Edit ${product.name}` }).waitFor();
    await page.getByLabel(/^Image/).setInputFiles({ name: 'tiny.png', mimeType: 'image/png', buffer: tinyPng() });
    await page.getByLabel('Alt text').fill('A tiny test square');
    await page.getByRole('button', { name: 'Upload image' }).click();
    await page.getByText('Image uploaded.').waitFor({ timeout: 15_000 });
    const image = page.getByRole('img', { name: 'A tiny test square' });
    await expect.poll(() => image.evaluate((img) => Reflect.get(img, 'naturalWidth') as number)).toBe(2);
    await expectAccessible(page, 'admin edit with image');
    await page.context().close();
  }, 60_000);
});
