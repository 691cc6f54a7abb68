// The catalog resolvers from the synthesized stack, through the runtime's executor, against
// DynamoDB Local (on loopback, tables created from the template): what a shop's admin and
// shoppers do, including the races.
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalogExecutor, type CatalogExecutor } from '../support/catalog-executor.ts';
import { useDynamoDbLocal } from '../support/dynamodb-local.ts';
import { callers } from '../support/resolver-harness.ts';

const ddb = useDynamoDbLocal();
let api: CatalogExecutor;
let categoryId: string;

beforeAll(async () => {
  api = await createCatalogExecutor(ddb.client, ddb.endpoint);
  const created = await api.call('Mutation.createCategory', { input: { slug: 'mugs', name: 'Mugs' } }, callers.admin);
  categoryId = (created.data as { id: string }).id;
});
afterAll(() => api?.close());

const admin = callers.admin;
const variant = (sku: string, price: number, stock: number) => ({
  sku,
  name: `Variant ${sku}`,
  price: { amount: price },
  stock,
});

async function createProduct(slug: string, overrides: Record<string, unknown> = {}) {
  const out = await api.call(
    'Mutation.createProduct',
    {
      input: {
        slug,
        name: `Product ${slug}`,
        categoryId,
        status: 'ACTIVE',
        variants: [variant(`${slug.toUpperCase()}-A`, 1500, 5)],
        ...overrides,
      },
    },
    admin,
  );
  if (out.error) throw new Error(`${out.error.errorType}: ${out.error.message}`);
  return out.data as { id: string; version: number; slug: string };
}

describe('catalog against DynamoDB Local', () => {
  it('creates a product with its variants and reads it back by id, by slug and through Product.variants', async () => {
    const created = await api.call(
      'Mutation.createProduct',
      {
        input: {
          slug: 'blue-mug',
          name: 'Blue mug',
          categoryId,
          status: 'ACTIVE',
          tags: ['Kitchen'],
          variants: [variant('BLUE-L', 1500, 4), variant('BLUE-S', 1200, 0)],
        },
      },
      admin,
    );
    expect(created.error).toBeUndefined();
    const product = created.data as any;
    expect(product).toMatchObject({
      slug: 'blue-mug',
      version: 1,
      status: 'ACTIVE',
      tags: ['kitchen'],
      priceFrom: { amount: 1200, currency: 'USD' },
      category: { id: categoryId, slug: 'mugs' },
    });
    expect(product.variants.map((v: any) => [v.sku, v.stock, v.inStock])).toEqual([
      ['BLUE-L', 4, true],
      ['BLUE-S', 0, false],
    ]);

    const byId = await api.call('Query.product', { id: product.id }, callers.anonymous);
    expect(byId.data).toMatchObject({ id: product.id, name: 'Blue mug', priceFrom: { amount: 1200 } });
    const variants = await api.call('Product.variants', {}, callers.anonymous, byId.data);
    expect((variants.data as any[]).map((v) => [v.sku, v.price.amount, v.stock])).toEqual([
      ['BLUE-L', 1500, 4],
      ['BLUE-S', 1200, 0],
    ]);
    expect(variants.calls).toHaveLength(1);

    const bySlug = await api.call('Query.productBySlug', { slug: 'blue-mug' }, callers.shopper);
    expect((bySlug.data as any).id).toBe(product.id);
    expect((await api.call('Query.productBySlug', { slug: 'no-such-mug' }, callers.shopper)).data).toBeNull();
    expect((await api.call('Query.categories', {}, callers.anonymous)).data).toContainEqual({
      id: categoryId,
      slug: 'mugs',
      name: 'Mugs',
      parentId: null,
    });
  });

  it('lists newest first in pages, ACTIVE only for shoppers, every status for admins', async () => {
    const cat = (await api.call('Mutation.createCategory', { input: { slug: 'list-cat', name: 'Listing' } }, admin))
      .data as { id: string };
    const made = [];
    for (const n of [1, 2, 3, 4, 5]) made.push(await createProduct(`list-${n}`, { categoryId: cat.id }));
    const draft = await createProduct('list-draft', { categoryId: cat.id, status: 'DRAFT' });

    const seen: string[] = [];
    let nextToken: string | null = null;
    let pages = 0;
    do {
      const page = (
        await api.call('Query.listProducts', { categoryId: cat.id, limit: 2, nextToken }, callers.anonymous)
      ).data as { items: Array<{ id: string }>; nextToken: string | null };
      seen.push(...page.items.map((p) => p.id));
      nextToken = page.nextToken;
      pages += 1;
    } while (nextToken && pages < 10);
    expect(seen).toEqual(made.map((p) => p.id).reverse());

    const adminPage = (await api.call('Query.listProducts', { categoryId: cat.id, limit: 10 }, admin)).data as {
      items: Array<{ id: string }>;
    };
    expect(adminPage.items.map((p) => p.id)).toEqual([draft.id, ...made.map((p) => p.id).reverse()]);
  });

  it('refuses a taken slug or SKU with ConflictError and writes nothing', async () => {
    await createProduct('taken-slug');
    const slugClash = await api.call(
      'Mutation.createProduct',
      { input: { slug: 'taken-slug', name: 'Other', categoryId, variants: [variant('FREE-SKU-1', 100, 1)] } },
      admin,
    );
    expect(slugClash.error).toMatchObject({
      errorType: 'ConflictError',
      message: "input.slug: a product with slug 'taken-slug' already exists",
    });
    const skuClash = await api.call(
      'Mutation.createProduct',
      {
        input: {
          slug: 'fresh-slug',
          name: 'Other',
          categoryId,
          variants: [variant('FREE-SKU-2', 100, 1), variant('TAKEN-SLUG-A', 100, 1)],
        },
      },
      admin,
    );
    expect(skuClash.error).toMatchObject({ errorType: 'ConflictError', errorInfo: { skus: ['TAKEN-SLUG-A'] } });
    // Neither failed attempt left anything behind: the slug and both free SKUs are still free.
    const again = await api.call(
      'Mutation.createProduct',
      {
        input: {
          slug: 'fresh-slug',
          name: 'Fresh',
          categoryId,
          variants: [variant('FREE-SKU-1', 100, 1), variant('FREE-SKU-2', 100, 1)],
        },
      },
      admin,
    );
    expect(again.error).toBeUndefined();
  });

  it('answers NotFound for an unknown category', async () => {
    const out = await api.call(
      'Mutation.createProduct',
      {
        input: {
          slug: 'orphan',
          name: 'Orphan',
          categoryId: '01NOSUCHCATEGORY',
          variants: [variant('ORPHAN-1', 1, 1)],
        },
      },
      admin,
    );
    expect(out.error).toMatchObject({ errorType: 'NotFound' });
  });

  const OPTIMISTIC_CONCURRENCY =
    'applies optimistic concurrency: a stale version is a ConflictError, ' +
    'and of two racing updates exactly one wins';
  it(OPTIMISTIC_CONCURRENCY, async () => {
    const product = await createProduct('versioned');
    const first = await api.call(
      'Mutation.updateProduct',
      { input: { id: product.id, expectedVersion: 1, name: 'Renamed' } },
      admin,
    );
    expect(first.data).toMatchObject({ name: 'Renamed', version: 2 });
    const stale = await api.call(
      'Mutation.updateProduct',
      { input: { id: product.id, expectedVersion: 1, name: 'Too late' } },
      admin,
    );
    expect(stale.error).toMatchObject({ errorType: 'ConflictError' });

    const racers = await Promise.all(
      ['Left', 'Right', 'Centre'].map((name) =>
        api.call('Mutation.updateProduct', { input: { id: product.id, expectedVersion: 2, name } }, admin),
      ),
    );
    expect(racers.filter((r) => !r.error)).toHaveLength(1);
    expect(racers.filter((r) => r.error?.errorType === 'ConflictError')).toHaveLength(2);
    const winner = racers.find((r) => !r.error)!.data as { name: string };
    expect((await api.call('Query.product', { id: product.id }, admin)).data).toMatchObject({
      name: winner.name,
      version: 3,
    });
  });

  it('hides a product from shoppers once it is no longer ACTIVE', async () => {
    const product = await createProduct('retiring');
    await api.call(
      'Mutation.updateProduct',
      { input: { id: product.id, expectedVersion: 1, status: 'ARCHIVED' } },
      admin,
    );
    expect((await api.call('Query.product', { id: product.id }, callers.anonymous)).data).toBeNull();
    expect((await api.call('Query.product', { id: product.id }, admin)).data).toMatchObject({ status: 'ARCHIVED' });
    const variantItem = await ddb.client.send(
      new GetItemCommand({ TableName: api.tableName, Key: { pk: { S: 'SKU#RETIRING-A' }, sk: { S: 'VARIANT' } } }),
    );
    expect(variantItem.Item?.productStatus).toEqual({ S: 'ARCHIVED' });
  });

  it('changes a price and the product’s priceFrom together', async () => {
    const product = await createProduct('repriced', {
      variants: [variant('REPRICED-A', 1500, 1), variant('REPRICED-B', 1800, 1)],
    });
    const changed = await api.call('Mutation.setVariantPrice', { sku: 'REPRICED-B', price: { amount: 900 } }, admin);
    expect(changed.data).toMatchObject({ sku: 'REPRICED-B', price: { amount: 900, currency: 'USD' }, stock: 1 });
    expect((await api.call('Query.product', { id: product.id }, callers.anonymous)).data).toMatchObject({
      priceFrom: { amount: 900 },
    });
  });

  it('never lets stock go below zero, and concurrent adjustments all land', async () => {
    await createProduct('stocked', { variants: [variant('STOCKED-A', 100, 5)] });
    const tooMuch = await api.call('Mutation.adjustStock', { sku: 'STOCKED-A', delta: -6 }, admin);
    expect(tooMuch.error).toMatchObject({
      errorType: 'InsufficientStock',
      errorInfo: { skus: ['STOCKED-A'], stock: 5, requested: 6 },
    });

    const [plus3, plus4] = await Promise.all([
      api.call('Mutation.adjustStock', { sku: 'STOCKED-A', delta: 3 }, admin),
      api.call('Mutation.adjustStock', { sku: 'STOCKED-A', delta: 4 }, admin),
    ]);
    expect([plus3.error, plus4.error]).toEqual([undefined, undefined]);
    const after = (await api.call('Mutation.adjustStock', { sku: 'STOCKED-A', delta: 0 }, admin)).data as {
      stock: number;
    };
    expect(after.stock).toBe(12);

    const takers = await Promise.all(
      Array.from({ length: 15 }, () => api.call('Mutation.adjustStock', { sku: 'STOCKED-A', delta: -1 }, admin)),
    );
    expect(takers.filter((t) => !t.error)).toHaveLength(12);
    expect(takers.filter((t) => t.error?.errorType === 'InsufficientStock')).toHaveLength(3);
    expect(
      ((await api.call('Mutation.adjustStock', { sku: 'STOCKED-A', delta: 0 }, admin)).data as { stock: number }).stock,
    ).toBe(0);
  });

  it('answers NotFound for stock of an unknown SKU', async () => {
    expect((await api.call('Mutation.adjustStock', { sku: 'NO-SUCH-SKU', delta: 1 }, admin)).error).toMatchObject({
      errorType: 'NotFound',
    });
  });

  it('keeps a profile per signed-in user', async () => {
    const before = await api.call('Query.me', {}, callers.shopper);
    expect(before.data).toEqual({
      id: 'user-shopper',
      email: 'shopper@example.com',
      name: null,
      phone: null,
      defaultAddress: null,
    });
    const address = { name: 'Ana', line1: '1 Main St', city: 'Springfield', country: 'US' };
    const updated = await api.call(
      'Mutation.updateProfile',
      { input: { name: 'Ana', phone: '+1 555 0100', defaultAddress: address } },
      callers.shopper,
    );
    expect(updated.error).toBeUndefined();
    expect(updated.data).toMatchObject({ name: 'Ana', phone: '+1 555 0100', defaultAddress: address });
    const cleared = await api.call('Mutation.updateProfile', { input: { phone: null } }, callers.shopper);
    expect(cleared.data).toMatchObject({ name: 'Ana', phone: null });
    expect((await api.call('Query.me', {}, callers.admin)).data).toMatchObject({ id: 'user-admin', name: null });
  });
});
