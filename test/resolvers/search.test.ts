// searchProducts: the exact OpenSearch request for each query, filter, sort and page (docs/search.md, which the
// search twin accepts), the mapping of a canned OpenSearch 2.x answer, every refusal, and data-source errors.
import { beforeAll, describe, expect, it } from 'vitest';
import { PRICE_BANDS } from '../../contracts/index.ts';
import { builtResolvers } from '../support/built-resolvers.ts';
import { callers, run } from '../support/resolver-harness.ts';
import { productItem, productOut, variantItem } from './fixtures.ts';

const SEARCH = 'search/Query.searchProducts.search';

// The one build of resolvers/ runs under the hook timeout, not the first test's.
beforeAll(() => builtResolvers(), 120_000);

const search = (args: Record<string, unknown>) =>
  run(SEARCH, 'request', { arguments: args, identity: callers.anonymous });

const SORTS = {
  RELEVANCE: [{ _score: { order: 'desc' } }, { createdAt: { order: 'desc' } }, { id: { order: 'desc' } }],
  NEWEST: [{ createdAt: { order: 'desc' } }, { id: { order: 'desc' } }],
  PRICE_ASC: [{ priceMin: { order: 'asc' } }, { createdAt: { order: 'desc' } }, { id: { order: 'desc' } }],
  PRICE_DESC: [{ priceMin: { order: 'desc' } }, { createdAt: { order: 'desc' } }, { id: { order: 'desc' } }],
};

const AGGS = {
  categories: { terms: { field: 'categoryId', size: 50 } },
  tags: { terms: { field: 'tags', size: 50 } },
  priceRanges: {
    range: {
      field: 'priceMin',
      ranges: [
        { from: 0, to: 1000 },
        { from: 1000, to: 2500 },
        { from: 2500, to: 5000 },
        { from: 5000, to: 10000 },
        { from: 10000, to: 25000 },
        { from: 25000 },
      ],
    },
  },
};

const ACTIVE = { term: { status: 'ACTIVE' } };
const MATCH_LAMP = { multi_match: { query: 'lamp', fields: ['name^3', 'description', 'tags'], fuzziness: 'AUTO' } };

/** The whole request for a body with these parts; the rest as docs/search.md fixes it. */
function expected(parts: { size?: number; must?: unknown[]; filter?: unknown[]; sort?: unknown[]; after?: unknown[] }) {
  return {
    operation: 'POST',
    path: '/products/_search',
    params: {
      body: {
        size: parts.size ?? 21,
        track_total_hits: 10000,
        _source: ['source'],
        query: { bool: { must: parts.must ?? [], filter: parts.filter ?? [ACTIVE] } },
        sort: parts.sort ?? SORTS.NEWEST,
        ...(parts.after ? { search_after: parts.after } : {}),
        aggs: AGGS,
      },
    },
  };
}

/** A hit as OpenSearch answers it for a document whose `source` holds these items. */
function hit(id: string, sort: unknown[], overrides: Record<string, unknown> = {}) {
  return {
    _index: 'products',
    _id: id,
    _score: null,
    _source: {
      source: { product: productItem({ id, ...overrides }), variants: [variantItem('MUG-S'), variantItem('MUG-L')] },
    },
    sort,
  };
}

function answer(hits: unknown[], total = hits.length) {
  return {
    took: 3,
    timed_out: false,
    _shards: { total: 1, successful: 1, skipped: 0, failed: 0 },
    hits: { total: { value: total, relation: 'eq' }, max_score: null, hits },
    aggregations: {
      categories: {
        doc_count_error_upper_bound: 0,
        sum_other_doc_count: 0,
        buckets: [
          { key: '01JCAT00000000000000000000', doc_count: 7 },
          { key: '01JMPS00000000000000000000', doc_count: 2 },
        ],
      },
      tags: {
        doc_count_error_upper_bound: 0,
        sum_other_doc_count: 0,
        buckets: [
          { key: 'kitchen', doc_count: 5 },
          { key: 'blue', doc_count: 1 },
        ],
      },
      priceRanges: {
        buckets: [
          { key: '0.0-1000.0', from: 0, to: 1000, doc_count: 1 },
          { key: '1000.0-2500.0', from: 1000, to: 2500, doc_count: 6 },
          // 2500-5000 left out: a missing bucket counts 0
          { key: '5000.0-10000.0', from: 5000, to: 10000, doc_count: 0 },
          { key: '10000.0-25000.0', from: 10000, to: 25000, doc_count: 1 },
          { key: '25000.0-*', from: 25000, doc_count: 1 },
        ],
      },
    },
  };
}

/** The Product the resolver answers for hit(id): variants attached, in the product's order. */
function productWithVariants(id: string) {
  const variant = (sku: string, name: string, value: string, amount: number) => ({
    sku,
    productId: '01JPRD00000000000000000000',
    name,
    options: [{ name: 'Size', value }],
    price: { amount, currency: 'USD' },
    stock: 4,
    inStock: true,
  });
  return productOut({
    id,
    variants: [variant('MUG-L', 'Large', 'L', 1500), variant('MUG-S', 'Small', 'S', 1200)],
  });
}

async function respond(args: Record<string, unknown>, result: unknown, error?: unknown) {
  const { stash } = await search(args);
  return run(SEARCH, 'response', { arguments: args, identity: callers.anonymous, stash, result, error });
}

const decode = (token: string) => JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('Query.searchProducts request', () => {
  it('without a query: every ACTIVE product, newest first, one hit more than the page, facets', async () => {
    const { result, error } = await search({});
    expect(error).toBeUndefined();
    expect(result).toEqual(expected({}));
    // the fixed key order of docs/search.md
    expect(Object.keys(result.params.body)).toEqual(['size', 'track_total_hits', '_source', 'query', 'sort', 'aggs']);
    expect(result.params.body.aggs.priceRanges.range.ranges).toHaveLength(PRICE_BANDS.length);
  });

  it('treats a blank query as none', async () => {
    expect((await search({ query: '   ' })).result).toEqual(expected({}));
  });

  it('with a query: a fuzzy multi_match, name boosted, best match first by default', async () => {
    expect((await search({ query: '  lamp ' })).result).toEqual(
      expected({ must: [MATCH_LAMP], sort: SORTS.RELEVANCE }),
    );
  });

  it('sends the page size plus one', async () => {
    expect((await search({ limit: 1 })).result).toEqual(expected({ size: 2 }));
    expect((await search({ limit: 100 })).result).toEqual(expected({ size: 101 }));
  });

  it.each([
    [
      'categoryIds',
      { categoryIds: ['01JCAT00000000000000000000', '01JMPS00000000000000000000'] },
      { terms: { categoryId: ['01JCAT00000000000000000000', '01JMPS00000000000000000000'] } },
    ],
    ['minPrice', { minPrice: 1000 }, { range: { priceMin: { gte: 1000 } } }],
    ['maxPrice', { maxPrice: 0 }, { range: { priceMin: { lte: 0 } } }],
    ['both prices', { minPrice: 1000, maxPrice: 1000 }, { range: { priceMin: { gte: 1000, lte: 1000 } } }],
    ['inStock true', { inStock: true }, { term: { inStock: true } }],
    ['inStock false', { inStock: false }, { term: { inStock: false } }],
    ['tags', { tags: [' Kitchen ', 'BLUE', 'kitchen'] }, { terms: { tags: ['kitchen', 'blue'] } }],
  ])('filters on %s alone, after the ACTIVE filter', async (_what, filter, clause) => {
    expect((await search({ filter })).result).toEqual(expected({ filter: [ACTIVE, clause] }));
  });

  it('adds no clause for empty lists or null filter fields', async () => {
    const filter = { categoryIds: [], tags: [], minPrice: null, maxPrice: null, inStock: null };
    expect((await search({ filter })).result).toEqual(expected({}));
  });

  it('combines every filter in the fixed order', async () => {
    const filter = {
      tags: ['Blue'],
      inStock: true,
      maxPrice: 5000,
      minPrice: 1000,
      categoryIds: ['01JCAT00000000000000000000'],
    };
    expect((await search({ query: 'lamp', filter })).result).toEqual(
      expected({
        must: [MATCH_LAMP],
        sort: SORTS.RELEVANCE,
        filter: [
          ACTIVE,
          { terms: { categoryId: ['01JCAT00000000000000000000'] } },
          { range: { priceMin: { gte: 1000, lte: 5000 } } },
          { term: { inStock: true } },
          { terms: { tags: ['blue'] } },
        ],
      }),
    );
  });

  it.each(Object.entries(SORTS))('sorts %s with the newest-first, then id tie-breakers', async (sort, clauses) => {
    expect((await search({ query: 'lamp', sort })).result).toEqual(expected({ must: [MATCH_LAMP], sort: clauses }));
  });

  it('sends RELEVANCE as asked without a query (equal scores: the tie-breakers order)', async () => {
    expect((await search({ sort: 'RELEVANCE' })).result).toEqual(expected({ sort: SORTS.RELEVANCE }));
  });

  it('defaults to NEWEST without a query whatever the filter', async () => {
    expect((await search({ filter: { inStock: true } })).result.params.body.sort).toEqual(SORTS.NEWEST);
  });
});

describe('Query.searchProducts paging', () => {
  it('resumes after the last returned hit with search_after, the rest unchanged', async () => {
    const args = { query: 'lamp', filter: { inStock: true }, limit: 2 };
    const first = await respond(
      args,
      answer(
        [
          hit('01A', [2.5, 1700000000003, '01A']),
          hit('01B', [2.5, 1700000000002, '01B']),
          hit('01C', [1.1, 1700000000001, '01C']),
        ],
        3,
      ),
    );
    const token = first.result.nextToken as string;
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decode(token)).toEqual({ s: 'RELEVANCE', a: [2.5, 1700000000002, '01B'] });
    const second = await search({ ...args, nextToken: token });
    expect(second.result).toEqual(
      expected({
        size: 3,
        must: [MATCH_LAMP],
        sort: SORTS.RELEVANCE,
        filter: [ACTIVE, { term: { inStock: true } }],
        after: [2.5, 1700000000002, '01B'],
      }),
    );
    expect(Object.keys(second.result.params.body)).toEqual([
      'size',
      'track_total_hits',
      '_source',
      'query',
      'sort',
      'search_after',
      'aggs',
    ]);
  });

  it.each([
    ['NEWEST', [1700000000002, '01B']],
    ['PRICE_ASC', [1200, 1700000000002, '01B']],
    ['PRICE_DESC', [1200, 1700000000002, '01B']],
  ])('round-trips a %s token', async (sort, after) => {
    const args = { sort, limit: 1 };
    const first = await respond(args, answer([hit('01B', after), hit('01C', after)], 2));
    expect(decode(first.result.nextToken)).toEqual({ s: sort, a: after });
    const second = await search({ ...args, nextToken: first.result.nextToken });
    expect(second.result.params.body.search_after).toEqual(after);
  });

  it('refuses a token made for another sort', async () => {
    const token = encode({ s: 'NEWEST', a: [1700000000002, '01B'] });
    expect((await search({ sort: 'NEWEST', nextToken: token })).error).toBeUndefined();
    const { error, result } = await search({ sort: 'PRICE_ASC', nextToken: token });
    expect(result).toBeUndefined();
    expect(error).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: ['nextToken'] } });
    // with a query the default is RELEVANCE: a NEWEST token does not fit either
    expect((await search({ query: 'lamp', nextToken: token })).error).toMatchObject({
      errorType: 'ValidationError',
      errorInfo: { fields: ['nextToken'] },
    });
  });

  it.each([
    ['not base64url', 'abc$def'],
    ['a broken base64 length', 'abcde'],
    ['not JSON', Buffer.from('hello there').toString('base64url')],
    ['JSON that is not an object', encode([1, 2])],
    ['no values', encode({ s: 'NEWEST' })],
    ['too few values', encode({ s: 'NEWEST', a: [1700000000002] })],
    ['too many values', encode({ s: 'NEWEST', a: [1, 1700000000002, '01B'] })],
    ['a value of the wrong type', encode({ s: 'NEWEST', a: ['1700000000002', '01B'] })],
    ['an id that is not a string', encode({ s: 'NEWEST', a: [1700000000002, 7] })],
    ['a listing cursor', 'after.eyJwIjoiUFJPRFVDVFMifQ=='],
    ['an overlong token', 'A'.repeat(1004)],
    ['an empty token', ''],
  ])('refuses a nextToken with %s, sending nothing', async (_what, nextToken) => {
    const { error, result } = await search({ nextToken });
    expect(result).toBeUndefined();
    expect(error).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: ['nextToken'] } });
  });
});

describe('Query.searchProducts validation', () => {
  it.each([
    ['limit 0', { limit: 0 }, 'limit'],
    ['limit 101', { limit: 101 }, 'limit'],
    ['limit 2.5', { limit: 2.5 }, 'limit'],
    ['a 201-character query', { query: 'a'.repeat(201) }, 'query'],
    ['21 categories', { filter: { categoryIds: Array.from({ length: 21 }, (_, i) => `C${i}`) } }, 'filter.categoryIds'],
    ['an empty category id', { filter: { categoryIds: [''] } }, 'filter.categoryIds'],
    ['a 2 KB category id', { filter: { categoryIds: ['0'.repeat(2049)] } }, 'filter.categoryIds'],
    ['a NUL in a tag', { filter: { tags: ['blue\u0000'] } }, 'filter.tags[0]'],
    ['a control character in the query', { query: 'lamp\u0085' }, 'query'],
    ['21 tags', { filter: { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) } }, 'filter.tags'],
    ['a blank tag', { filter: { tags: ['  '] } }, 'filter.tags[0]'],
    ['a negative minPrice', { filter: { minPrice: -1 } }, 'filter.minPrice'],
    ['minPrice over 100,000,000', { filter: { minPrice: 100000001 } }, 'filter.minPrice'],
    ['a fractional maxPrice', { filter: { maxPrice: 9.5 } }, 'filter.maxPrice'],
    ['maxPrice over 100,000,000', { filter: { maxPrice: 100000001 } }, 'filter.maxPrice'],
    ['maxPrice below minPrice', { filter: { minPrice: 2000, maxPrice: 1999 } }, 'filter.maxPrice'],
    ['a sort that does not exist', { sort: 'CHEAPEST' }, 'sort'],
  ])('refuses %s with a ValidationError naming the field, sending nothing', async (_what, args, field) => {
    const { error, result } = await search(args);
    expect(result).toBeUndefined();
    expect(error).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: [field] } });
    expect(error!.message).toContain(field);
  });

  it('accepts the limits themselves', async () => {
    const filter = {
      categoryIds: Array.from({ length: 20 }, (_, i) => `01JCAT${String(i).padStart(20, '0')}`),
      tags: Array.from({ length: 20 }, (_, i) => `t${i}`),
      minPrice: 0,
      maxPrice: 100000000,
    };
    const { error, result } = await search({ query: `${'a'.repeat(200)}  `, filter, limit: 100 });
    expect(error).toBeUndefined();
    expect(result.params.body.query.bool.must[0].multi_match.query).toHaveLength(200);
  });

  it('names every bad field in one error', async () => {
    const { error } = await search({
      limit: 500,
      query: 'q'.repeat(300),
      filter: { minPrice: -5, tags: Array.from({ length: 30 }, () => 'x') },
      nextToken: 'nope!',
    });
    expect(error).toMatchObject({
      errorType: 'ValidationError',
      errorInfo: { fields: ['limit', 'query', 'filter.tags', 'filter.minPrice', 'nextToken'] },
    });
  });
});

describe('Query.searchProducts response', () => {
  it('maps hits to full Products from their stored source, with total and every facet', async () => {
    const { result, error } = await respond(
      { limit: 5 },
      answer([hit('01A', [1700000000002, '01A']), hit('01B', [1700000000001, '01B'], { tags: ['blue'] })], 9),
    );
    expect(error).toBeUndefined();
    expect(result).toEqual({
      items: [productWithVariants('01A'), { ...productWithVariants('01B'), tags: ['blue'] }],
      total: 9,
      facets: {
        categories: [
          { value: '01JCAT00000000000000000000', count: 7 },
          { value: '01JMPS00000000000000000000', count: 2 },
        ],
        tags: [
          { value: 'kitchen', count: 5 },
          { value: 'blue', count: 1 },
        ],
        priceRanges: [
          { min: 0, max: 1000, count: 1 },
          { min: 1000, max: 2500, count: 6 },
          { min: 2500, max: 5000, count: 0 },
          { min: 5000, max: 10000, count: 0 },
          { min: 10000, max: 25000, count: 1 },
          { min: 25000, max: null, count: 1 },
        ],
      },
      nextToken: null,
    });
  });

  it('answers a full page without a token when no extra hit came back', async () => {
    const { result } = await respond({ limit: 2 }, answer([hit('01A', [2, '01A']), hit('01B', [1, '01B'])], 2));
    expect(result.items.map((p: { id: string }) => p.id)).toEqual(['01A', '01B']);
    expect(result.nextToken).toBeNull();
  });

  it('drops the extra hit and answers a token after the last one shown', async () => {
    const { result } = await respond({ limit: 1 }, answer([hit('01A', [2, '01A']), hit('01B', [1, '01B'])], 40));
    expect(result.items.map((p: { id: string }) => p.id)).toEqual(['01A']);
    expect(result.total).toBe(40);
    expect(decode(result.nextToken)).toEqual({ s: 'NEWEST', a: [2, '01A'] });
  });

  it('answers an empty result with zero facets in every band', async () => {
    const empty = {
      hits: { total: { value: 0, relation: 'eq' }, max_score: null, hits: [] },
      aggregations: {
        categories: { doc_count_error_upper_bound: 0, sum_other_doc_count: 0, buckets: [] },
        tags: { doc_count_error_upper_bound: 0, sum_other_doc_count: 0, buckets: [] },
        priceRanges: { buckets: [] },
      },
    };
    const { result } = await respond({ query: 'nothing' }, empty);
    expect(result).toEqual({
      items: [],
      total: 0,
      facets: {
        categories: [],
        tags: [],
        priceRanges: PRICE_BANDS.map((b) => ({ min: b.from, max: b.to ?? null, count: 0 })),
      },
      nextToken: null,
    });
  });

  it('re-raises an OpenSearch data-source error with its message and type', async () => {
    const { error } = await respond({}, null, {
      message: 'index_not_found_exception: no such index [products]',
      type: 'OpenSearch:IndexNotFound',
    });
    expect(error).toMatchObject({
      message: 'index_not_found_exception: no such index [products]',
      errorType: 'OpenSearch:IndexNotFound',
    });
  });

  it('names OpenSearch as the source of an error without a type', async () => {
    const { error } = await respond({}, null, { message: 'connection refused', type: '' });
    expect(error).toMatchObject({ message: 'connection refused', errorType: 'OpenSearch:Error' });
  });

  it('raises an OpenSearch error body that arrives as a result', async () => {
    const refusal = {
      error: {
        root_cause: [{ type: 'parsing_exception', reason: 'unknown query [fuzzy]' }],
        type: 'parsing_exception',
        reason: 'unknown query [fuzzy]',
      },
      status: 400,
    };
    const { error } = await respond({}, refusal);
    expect(error).toMatchObject({ message: 'unknown query [fuzzy]', errorType: 'OpenSearch:parsing_exception' });
  });
});
