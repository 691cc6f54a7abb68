// Product search through `npm start`: catalog changes made over GraphQL reach the search index through
// the table's stream and the indexer Lambda, with no client involvement, and searchProducts answers
// with typo tolerance, filters, sorts, facets and stable paging, as a storefront uses it.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRICE_BANDS } from '../../contracts/index.ts';
import { signIn } from '../support/cognito-tokens.ts';
import { graphql } from '../support/graphql-client.ts';
import { ROOT, startShopProcess, type ShopProcess } from '../support/shop-process.ts';

let shop: ShopProcess;
let adminToken: string;
const categories: Record<string, string> = {};

interface Hit {
  id: string;
  name: string;
  status: string;
  priceFrom: { amount: number };
  variants: Array<{ sku: string; stock: number; inStock: boolean }>;
}
interface Result {
  items: Hit[];
  total: number;
  facets: {
    categories: Array<{ value: string; count: number }>;
    tags: Array<{ value: string; count: number }>;
    priceRanges: Array<{ min: number; max: number | null; count: number }>;
  };
  nextToken: string | null;
}

const SEARCH =
  'query($q: String, $f: ProductSearchFilter, $s: ProductSort, $l: Int, $t: String) { ' +
  'searchProducts(query: $q, filter: $f, sort: $s, limit: $l, nextToken: $t) { ' +
  'items { id name status priceFrom { amount } variants { sku stock inStock } } total ' +
  'facets { categories { value count } tags { value count } priceRanges { min max count } } nextToken } }';

const admin = (query: string, variables: Record<string, unknown> = {}) =>
  graphql(shop.outputs.graphqlUrl, query, variables, { authorization: adminToken });

async function search(variables: Record<string, unknown> = {}): Promise<Result> {
  const out = await graphql(shop.outputs.graphqlUrl, SEARCH, variables, { 'x-api-key': shop.outputs.apiKey });
  expect(out.body.errors).toBeUndefined();
  return out.body.data.searchProducts as Result;
}

/** Polls search until `done` holds: the index follows the table within 2 seconds (contract: Search). */
async function eventually(variables: Record<string, unknown>, done: (r: Result) => boolean): Promise<Result> {
  const deadline = Date.now() + 2000;
  let last = await search(variables);
  while (!done(last) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    last = await search(variables);
  }
  return last;
}

async function createProduct(
  slug: string,
  name: string,
  category: string,
  tags: string[],
  variants: Array<{ sku: string; price: number; stock: number }>,
  status = 'ACTIVE',
): Promise<string> {
  const out = await admin('mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }', {
    input: {
      slug,
      name,
      description: `${name}, made to last.`,
      categoryId: categories[category],
      tags,
      status,
      variants: variants.map((v) => ({ sku: v.sku, name: v.sku, price: { amount: v.price }, stock: v.stock })),
    },
  });
  expect(out.body.errors).toBeUndefined();
  return out.body.data.createProduct.id as string;
}

const CATALOG: Array<[string, string, string, string[], number, number]> = [
  ['brass-lamp', 'Brass lamp', 'lighting', ['brass', 'desk'], 4500, 5],
  ['paper-lamp', 'Paper lamp', 'lighting', ['paper'], 1800, 2],
  ['floor-lamp', 'Tall floor lamp', 'lighting', ['brass', 'floor'], 12000, 1],
  ['oak-table', 'Oak table', 'furniture', ['oak', 'dining'], 65000, 1],
  ['pine-shelf', 'Pine shelf', 'furniture', ['pine'], 9000, 0],
  ['wool-rug', 'Wool rug', 'textiles', ['wool'], 24000, 4],
  ['linen-throw', 'Linen throw', 'textiles', ['linen', 'soft'], 3900, 9],
  ['cotton-cushion', 'Cotton cushion', 'textiles', ['cotton', 'soft'], 900, 20],
];
const ids: Record<string, string> = {};

beforeAll(async () => {
  shop = await startShopProcess({ args: ['--no-seed'] });
  adminToken = (await signIn(shop.outputs, 'admin@example.com')).idToken;
  for (const slug of ['lighting', 'furniture', 'textiles']) {
    const out = await admin('mutation($s: String!) { createCategory(input: { slug: $s, name: $s }) { id } }', {
      s: slug,
    });
    categories[slug] = out.body.data.createCategory.id;
  }
  for (const [slug, name, category, tags, price, stock] of CATALOG) {
    ids[slug] = await createProduct(slug, name, category, tags, [
      { sku: `${slug.toUpperCase()}-1`, price, stock },
      { sku: `${slug.toUpperCase()}-2`, price: price + 500, stock: 0 },
    ]);
  }
  await createProduct(
    'draft-lamp',
    'Draft lamp',
    'lighting',
    ['brass'],
    [{ sku: 'DRAFT-1', price: 100, stock: 1 }],
    'DRAFT',
  );
  const all = await eventually({ limit: 100 }, (r) => r.total === CATALOG.length);
  expect(all.total).toBe(CATALOG.length);
}, 180_000);
afterAll(async () => {
  await shop?.stop();
});

describe('finding products', () => {
  it('tolerates a typo: "lamb" finds the lamps, best match first', async () => {
    const result = await search({ q: 'lamb' });
    expect(result.items.map((p) => p.name).sort()).toEqual(['Brass lamp', 'Paper lamp', 'Tall floor lamp']);
    expect(result.total).toBe(3);
    expect(result.items[0]?.variants).toHaveLength(2);
  });

  it('never shows DRAFT products', async () => {
    const result = await search({ q: 'draft' });
    expect(result.items.map((p) => p.name)).not.toContain('Draft lamp');
  });

  it('filters by category, tags, price and stock, and sorts by price', async () => {
    const lighting = await search({ f: { categoryIds: [categories.lighting] }, s: 'PRICE_ASC' });
    expect(lighting.items.map((p) => p.priceFrom.amount)).toEqual([1800, 4500, 12000]);
    const soft = await search({ f: { tags: ['SOFT'] }, s: 'PRICE_DESC' });
    expect(soft.items.map((p) => p.name)).toEqual(['Linen throw', 'Cotton cushion']);
    const mid = await search({ f: { minPrice: 1000, maxPrice: 10000 } });
    expect(mid.items.map((p) => p.name).sort()).toEqual(['Brass lamp', 'Linen throw', 'Paper lamp', 'Pine shelf']);
    const none = await search({ f: { inStock: false } });
    expect(none.items.map((p) => p.name)).toEqual(['Pine shelf']);
  });

  it('counts facets exactly as a scan of the catalog does', async () => {
    const result = await search({ l: 100 });
    const list = await admin(
      'query { listProducts(limit: 100) { items { id status categoryId tags priceFrom { amount } } } }',
    );
    const active = (list.body.data.listProducts.items as Array<Record<string, any>>).filter(
      (p) => p.status === 'ACTIVE',
    );
    const count = (values: string[]) =>
      Object.entries(values.reduce<Record<string, number>>((m, v) => ({ ...m, [v]: (m[v] ?? 0) + 1 }), {}))
        .map(([value, n]) => ({ value, count: n }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    expect(result.facets.categories).toEqual(count(active.map((p) => p.categoryId)));
    expect(result.facets.tags).toEqual(count(active.flatMap((p) => p.tags)));
    expect(result.facets.priceRanges).toEqual(
      PRICE_BANDS.map((band) => ({
        min: band.from,
        max: band.to ?? null,
        count: active.filter(
          (p) => p.priceFrom.amount >= band.from && (band.to === undefined || p.priceFrom.amount < band.to),
        ).length,
      })),
    );
  });

  it('pages through every result once, in a stable order', async () => {
    const seen: string[] = [];
    let nextToken: string | null = null;
    let pages = 0;
    do {
      const page: Result = await search({ l: 3, t: nextToken, s: 'NEWEST' });
      expect(page.total).toBe(CATALOG.length);
      seen.push(...page.items.map((p) => p.id));
      nextToken = page.nextToken;
      pages += 1;
    } while (nextToken && pages < 10);
    expect(seen).toHaveLength(CATALOG.length);
    expect(new Set(seen).size).toBe(CATALOG.length);
    expect(pages).toBe(Math.ceil(CATALOG.length / 3));
  });

  it('refuses bad arguments with ValidationError', async () => {
    const out = await graphql(shop.outputs.graphqlUrl, SEARCH, { l: 0 }, { 'x-api-key': shop.outputs.apiKey });
    expect(out.body.errors?.[0]?.errorType).toBe('ValidationError');
    const token = await graphql(
      shop.outputs.graphqlUrl,
      SEARCH,
      { t: 'not-a-token' },
      { 'x-api-key': shop.outputs.apiKey },
    );
    expect(token.body.errors?.[0]?.errorType).toBe('ValidationError');
  });
});

describe('the index follows the table within 2 seconds', () => {
  it('shows a new product, a new price, a stock change to zero, and hides an archived product', async () => {
    const id = await createProduct(
      'reading-lamp',
      'Reading lamp',
      'lighting',
      ['reading'],
      [{ sku: 'READING-1', price: 3000, stock: 2 }],
    );
    const found = await eventually({ q: 'reading' }, (r) => r.items.some((p) => p.id === id));
    expect(found.items.map((p) => p.id)).toContain(id);

    await admin('mutation { setVariantPrice(sku: "READING-1", price: { amount: 30000 }) { sku } }');
    const repriced = await eventually({ f: { minPrice: 25000, tags: ['reading'] } }, (r) => r.total === 1);
    expect(repriced.items.map((p) => p.priceFrom.amount)).toEqual([30000]);
    expect(repriced.facets.priceRanges.at(-1)).toEqual({ min: 25000, max: null, count: 1 });

    await admin('mutation { adjustStock(sku: "READING-1", delta: -2) { stock } }');
    const sold = await eventually({ f: { inStock: false, tags: ['reading'] } }, (r) => r.total === 1);
    expect(sold.items[0]?.variants[0]).toMatchObject({ stock: 0, inStock: false });

    const archived = await admin(
      'mutation($id: ID!) { updateProduct(input: { id: $id, expectedVersion: 1, status: ARCHIVED }) { version } }',
      { id },
    );
    expect(archived.body.errors).toBeUndefined();
    const gone = await eventually({ q: 'reading' }, (r) => !r.items.some((p) => p.id === id));
    expect(gone.items.map((p) => p.id)).not.toContain(id);
  });
});

describe('npm run search:reindex -- --local', () => {
  it('rebuilds the index from the table beside a running npm start, finding it through DescribeDomain', async () => {
    const before = await search({ l: 100 });
    const run = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/search-reindex.ts', '--local', '--recreate'],
      { cwd: ROOT, env: { ...process.env, SHOP_DATA_DIR: shop.dataDir, SHOP_OUTPUTS_FILE: shop.outputsFile } },
    );
    // --recreate builds the next products-v<N> from the table and swaps the alias to it
    expect(run.stdout).toMatch(/index rebuilt \(products-v2\); \d+ products: \d+ indexed, 0 already newer, 0 failed/);
    const after = await search({ l: 100 });
    expect(after.total).toBe(before.total);
    expect(after.facets).toEqual(before.facets);
  });
});
