// The search twin driven by the official OpenSearch client (SigV4, service es) and by
// @aws-sdk/client-opensearch: index admin, versioned bulk writes, every construct of docs/search.md,
// the refusals, the signature check and persistence across a restart.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeDomainCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import { Client, errors } from '@opensearch-project/opensearch';
import { AwsSigv4Signer } from '@opensearch-project/opensearch/aws';
import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '@aws-crypto/sha256-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRICE_BANDS, PRODUCT_INDEX, PRODUCT_INDEX_MAPPING, type ProductDocument } from '../../contracts/index.ts';
import { startSearchServer, type SearchServer } from './index.ts';

const REGION = 'us-east-1';
const KEY = { accessKeyId: 'AKIALOCALSEARCHTEST1', secretAccessKey: 'search-test-secret' };
const DOMAIN = 'shop-search';
const BASE = Date.parse('2026-01-01T00:00:00.000Z');
const HOUR = 3_600_000;

type Sort = 'RELEVANCE' | 'NEWEST' | 'PRICE_ASC' | 'PRICE_DESC';
const SORTS: Record<Sort, unknown[]> = {
  RELEVANCE: [{ _score: { order: 'desc' } }, { createdAt: { order: 'desc' } }, { id: { order: 'desc' } }],
  NEWEST: [{ createdAt: { order: 'desc' } }, { id: { order: 'desc' } }],
  PRICE_ASC: [{ priceMin: { order: 'asc' } }, { createdAt: { order: 'desc' } }, { id: { order: 'desc' } }],
  PRICE_DESC: [{ priceMin: { order: 'desc' } }, { createdAt: { order: 'desc' } }, { id: { order: 'desc' } }],
};

interface Filter {
  categoryIds?: string[];
  minPrice?: number;
  maxPrice?: number;
  inStock?: boolean;
  tags?: string[];
}

/** The searchProducts request body exactly as docs/search.md spells it. */
function searchBody(o: { query?: string; filter?: Filter; sort: Sort; limit: number; after?: unknown[] }) {
  const f = o.filter ?? {};
  const filter: unknown[] = [{ term: { status: 'ACTIVE' } }];
  if (f.categoryIds?.length) filter.push({ terms: { categoryId: f.categoryIds } });
  if (f.minPrice !== undefined || f.maxPrice !== undefined) {
    const range: Record<string, number> = {};
    if (f.minPrice !== undefined) range.gte = f.minPrice;
    if (f.maxPrice !== undefined) range.lte = f.maxPrice;
    filter.push({ range: { priceMin: range } });
  }
  if (f.inStock !== undefined) filter.push({ term: { inStock: f.inStock } });
  if (f.tags?.length) filter.push({ terms: { tags: f.tags.map((t) => t.toLowerCase()) } });
  const must = o.query?.trim()
    ? [{ multi_match: { query: o.query, fields: ['name^3', 'description', 'tags'], fuzziness: 'AUTO' } }]
    : [];
  return {
    size: o.limit + 1,
    track_total_hits: 10000,
    _source: ['source'],
    query: { bool: { must, filter } },
    sort: SORTS[o.sort],
    ...(o.after ? { search_after: o.after } : {}),
    aggs: {
      categories: { terms: { field: 'categoryId', size: 50 } },
      tags: { terms: { field: 'tags', size: 50 } },
      priceRanges: { range: { field: 'priceMin', ranges: PRICE_BANDS } },
    },
  };
}

const NAMES = [
  ['Desk lamp', 'A bright reading light for the study', ['lighting', 'home']],
  ['Floor lamp', 'Tall and warm', ['lighting']],
  ['Lamb wool blanket', 'Soft and warm for winter', ['textile', 'home']],
  ['Reading chair', 'Comfortable, pairs well with a lamp', ['furniture']],
  ['Oak table', 'Solid oak dining table', ['furniture', 'home']],
  ['Wool socks', 'Three pairs', ['textile']],
  ['Teapot', 'Ceramic teapot, one litre', ['kitchen']],
  ['Kettle', 'Electric kettle', ['kitchen', 'electric']],
] as const;

/** 24 products: every 6th a DRAFT, one ARCHIVED, two sharing a createdAt (the id breaks the tie). */
function products(): ProductDocument[] {
  return Array.from({ length: 24 }, (_, i) => {
    const [name, description, tags] = NAMES[i % NAMES.length] as (typeof NAMES)[number];
    const id = `p-${String(i).padStart(2, '0')}`;
    const created = new Date(BASE + (i === 5 ? 4 : i) * HOUR).toISOString();
    const price = [500, 1500, 2500, 4999, 7000, 12000, 30000, 999][i % 8] as number;
    return {
      id,
      slug: id,
      name: `${name} ${i}`,
      description,
      tags: [...tags],
      categoryId: ['c-light', 'c-home', 'c-kitchen'][i % 3] as string,
      status: i % 6 === 0 ? 'DRAFT' : i === 7 ? 'ARCHIVED' : 'ACTIVE',
      priceMin: price + i,
      priceMax: price + i + 100,
      inStock: i % 4 !== 0,
      createdAt: created,
      updatedAt: created,
      source: { product: { id, name }, variants: [{ sku: `${id}-a` }] },
    };
  });
}

const ALL = products();
const ACTIVE = ALL.filter((p) => p.status === 'ACTIVE');
const byNewest = (a: ProductDocument, b: ProductDocument) =>
  Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : -1);

let dataDir: string;
let server: SearchServer;
let client: Client;

function clientFor(endpoint: string, key = KEY): Client {
  return new Client({
    ...AwsSigv4Signer({ region: REGION, service: 'es', getCredentials: async () => key }),
    node: endpoint,
  });
}

async function start(): Promise<void> {
  server = await startSearchServer({
    domainName: DOMAIN,
    credentials: [KEY],
    region: REGION,
    accountId: '000000000000',
    dataDir,
    saveDelayMs: 20,
  });
  client = clientFor(server.endpoint);
}

async function refusal(call: Promise<unknown>): Promise<{ status: number; body: Record<string, any> }> {
  try {
    await call;
  } catch (err) {
    if (err instanceof errors.ResponseError) {
      return { status: err.meta.statusCode as number, body: err.meta.body as Record<string, any> };
    }
    throw err;
  }
  throw new Error('the call was not refused');
}

async function search(body: unknown) {
  const res = await client.search({ index: PRODUCT_INDEX, body: body as Record<string, unknown> });
  return res.body as any;
}

/** Every page of a search, following the last returned hit's sort values, as the resolver pages. */
async function allPages(o: { query?: string; filter?: Filter; sort: Sort }, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let after: unknown[] | undefined;
  for (let page = 0; page < 50; page++) {
    const res = await search(searchBody({ ...o, limit, ...(after ? { after } : {}) }));
    const hits = res.hits.hits as Array<{ _id: string; sort: unknown[] }>;
    const shown = hits.slice(0, limit);
    ids.push(...shown.map((h) => h._id));
    if (hits.length <= limit) return ids;
    after = shown[shown.length - 1]?.sort;
  }
  throw new Error('paging did not end');
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'search-twin-'));
  await start();
});
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('on loopback', () => {
  it('listens on 127.0.0.1 only (ss -ltn)', () => {
    expect(server.host).toBe(`127.0.0.1:${server.port}`);
    const lines = execFileSync('ss', ['-Hltn', `sport = :${server.port}`], { encoding: 'utf8' })
      .trim()
      .split('\n');
    const locals = lines.filter(Boolean).map((line) => line.trim().split(/\s+/)[3]);
    expect(locals.length).toBeGreaterThan(0);
    for (const local of locals) expect(local).toMatch(/^(127\.0\.0\.1|\[::ffff:127\.0\.0\.1\]):\d+$/);
  });
});

describe('index admin through the official client', () => {
  it('answers cluster info, creates the index once, and reports it', async () => {
    const info = (await client.info()).body as any;
    expect(info.version.distribution).toBe('opensearch');
    expect(info.version.number).toMatch(/^2\./);
    expect((await client.indices.exists({ index: PRODUCT_INDEX })).statusCode).toBe(404);
    const created = await client.indices.create({ index: PRODUCT_INDEX, body: PRODUCT_INDEX_MAPPING as any });
    expect(created.body).toMatchObject({ acknowledged: true, index: PRODUCT_INDEX });
    expect((await client.indices.exists({ index: PRODUCT_INDEX })).statusCode).toBe(200);
    const again = await refusal(client.indices.create({ index: PRODUCT_INDEX, body: PRODUCT_INDEX_MAPPING as any }));
    expect(again.status).toBe(400);
    expect(again.body.error.type).toBe('resource_already_exists_exception');
    const mapping = (await client.indices.getMapping({ index: PRODUCT_INDEX })).body as any;
    expect(mapping[PRODUCT_INDEX].mappings).toEqual(PRODUCT_INDEX_MAPPING.mappings);
  });

  it('answers 404 index_not_found_exception for another index', async () => {
    const res = await refusal(client.search({ index: 'nope', body: {} }));
    expect(res.status).toBe(404);
    expect(res.body.error.type).toBe('index_not_found_exception');
  });
});

describe('bulk writes with external versions', () => {
  it('indexes every product, visible after refresh and counted', async () => {
    const body = ALL.flatMap((doc) => [
      { index: { _index: PRODUCT_INDEX, _id: doc.id, version: 1000, version_type: 'external_gte' } },
      doc,
    ]);
    const res = (await client.bulk({ body, refresh: 'true' })).body as any;
    expect(res.errors).toBe(false);
    expect(res.items).toHaveLength(ALL.length);
    expect(res.items[0].index).toMatchObject({ _id: 'p-00', _version: 1000, result: 'created', status: 201 });
    await client.indices.refresh({ index: PRODUCT_INDEX });
    expect(((await client.count({ index: PRODUCT_INDEX })).body as any).count).toBe(ALL.length);
    const active = await client.count({
      index: PRODUCT_INDEX,
      body: { query: { bool: { must: [], filter: [{ term: { status: 'ACTIVE' } }] } } },
    });
    expect((active.body as any).count).toBe(ACTIVE.length);
  });

  it('keeps the greatest version: an older index or delete loses with 409, an equal one wins', async () => {
    const doc = { ...(ALL[1] as ProductDocument), name: 'Floor lamp renamed' };
    const newer = { index: { _index: PRODUCT_INDEX, _id: doc.id, version: 2000, version_type: 'external_gte' } };
    const older = { index: { _index: PRODUCT_INDEX, _id: doc.id, version: 1500, version_type: 'external_gte' } };
    const res = (await client.bulk({ body: [newer, doc, older, { ...doc, name: 'stale' }] })).body as any;
    expect(res.errors).toBe(true);
    expect(res.items[0].index).toMatchObject({ result: 'updated', status: 200, _version: 2000 });
    expect(res.items[1].index.status).toBe(409);
    expect(res.items[1].index.error.type).toBe('version_conflict_engine_exception');
    const same = (await client.bulk({ body: [newer, doc] })).body as any;
    expect(same.items[0].index).toMatchObject({ status: 200, _version: 2000 });
    const got = (await client.get({ index: PRODUCT_INDEX, id: doc.id })).body as any;
    expect(got).toMatchObject({ found: true, _version: 2000, _source: { name: 'Floor lamp renamed' } });
    const oldDelete = { delete: { _index: PRODUCT_INDEX, _id: doc.id, version: 1999, version_type: 'external_gte' } };
    expect(((await client.bulk({ body: [oldDelete] })).body as any).items[0].delete.status).toBe(409);
  });

  it('keeps a tombstone: after a delete at v, an index below v loses and the document stays gone', async () => {
    const doc = ALL[2] as ProductDocument;
    const del = { delete: { _index: PRODUCT_INDEX, _id: doc.id, version: 3000, version_type: 'external_gte' } };
    const late = { index: { _index: PRODUCT_INDEX, _id: doc.id, version: 2500, version_type: 'external_gte' } };
    const res = (await client.bulk({ body: [del, late, doc], refresh: 'true' })).body as any;
    expect(res.items[0].delete).toMatchObject({ result: 'deleted', status: 200, _version: 3000 });
    expect(res.items[1].index.status).toBe(409);
    const gone = await client.get({ index: PRODUCT_INDEX, id: doc.id }, { ignore: [404] });
    expect(gone.statusCode).toBe(404);
    const missing = { delete: { _index: PRODUCT_INDEX, _id: 'p-none', version: 10, version_type: 'external_gte' } };
    expect(((await client.bulk({ body: [missing] })).body as any).items[0].delete).toMatchObject({
      result: 'not_found',
      status: 404,
    });
    // put it back at a newer version for the searches below
    const back = { index: { _index: PRODUCT_INDEX, _id: doc.id, version: 3001, version_type: 'external_gte' } };
    expect(((await client.bulk({ body: [back, doc] })).body as any).items[0].index.result).toBe('created');
  });

  it('serves single documents: PUT _doc with a version, GET, DELETE', async () => {
    const doc = ALL[3] as ProductDocument;
    const put = await client.index({
      index: PRODUCT_INDEX,
      id: doc.id,
      body: doc,
      version: 1200,
      version_type: 'external_gte',
    });
    expect(put.body).toMatchObject({ result: 'updated', _version: 1200 });
    const stale = await refusal(
      client.index({ index: PRODUCT_INDEX, id: doc.id, body: doc, version: 1100, version_type: 'external_gte' }),
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.type).toBe('version_conflict_engine_exception');
    const strict = await refusal(
      client.index({
        index: PRODUCT_INDEX,
        id: 'x',
        body: { ...doc, colour: 'red' },
        version: 1,
        version_type: 'external_gte',
      }),
    );
    expect(strict.body.error.type).toBe('strict_dynamic_mapping_exception');
  });
});

describe('searchProducts requests', () => {
  it('finds "lamp" products for the typo "lamb", name matches first, and no prefix-only matches', async () => {
    const res = await search(searchBody({ query: 'lamb', sort: 'RELEVANCE', limit: 50 }));
    const ids = (res.hits.hits as Array<{ _id: string }>).map((h) => h._id);
    const lampish = ACTIVE.filter((p) => /\blam[pb]\b/i.test(`${p.name} ${p.description}`)).map((p) => p.id);
    expect(new Set(ids)).toEqual(new Set(lampish));
    expect(ids.some((id) => /lamp/i.test(ALL.find((p) => p.id === id)?.name ?? ''))).toBe(true);
    // "Reading chair" has lamp only in its description: the boosted name matches rank above it
    const chair = ids.findIndex((id) => ALL.find((p) => p.id === id)?.name.startsWith('Reading chair'));
    const firstNameHit = ids.findIndex((id) => /lam[pb]/i.test(ALL.find((p) => p.id === id)?.name ?? ''));
    expect(firstNameHit).toBeLessThan(chair);
    expect(res.hits.max_score).toBeGreaterThan(0);
    // two letters allow no edit, and a match is never a prefix
    expect((await search(searchBody({ query: 'la', sort: 'RELEVANCE', limit: 5 }))).hits.total.value).toBe(0);
    expect((await search(searchBody({ query: 'tea', sort: 'RELEVANCE', limit: 5 }))).hits.total.value).toBe(0);
  });

  it('counts a swap of two neighbouring letters as one edit, as Lucene does: "lmap" finds the lamps', async () => {
    const hitsOf = async (query: string) =>
      new Set(
        ((await search(searchBody({ query, sort: 'RELEVANCE', limit: 50 }))).hits.hits as Array<{ _id: string }>).map(
          (h) => h._id,
        ),
      );
    const lamps = ACTIVE.filter((p) => /\blamp\b/i.test(`${p.name} ${p.description}`)).map((p) => p.id);
    expect(lamps.length).toBeGreaterThan(0);
    for (const id of lamps) expect((await hitsOf('lmap')).has(id)).toBe(true);
    // a swap plus another edit is two edits: more than AUTO allows a four-letter term
    expect(await hitsOf('mlpa')).toEqual(new Set());
  });

  it('matches a tag (keyword field) by its whole value, fuzzily', async () => {
    const res = await search(searchBody({ query: 'kitchn', sort: 'NEWEST', limit: 50 }));
    const expected = ACTIVE.filter((p) => p.tags.includes('kitchen')).map((p) => p.id);
    expect(new Set((res.hits.hits as Array<{ _id: string }>).map((h) => h._id))).toEqual(new Set(expected));
  });

  it('applies every filter and returns only `source`, with sort values and totals', async () => {
    const filter: Filter = {
      categoryIds: ['c-home', 'c-kitchen'],
      minPrice: 1000,
      maxPrice: 20000,
      inStock: true,
      tags: ['Kitchen', 'home'],
    };
    const res = await search(searchBody({ filter, sort: 'NEWEST', limit: 50 }));
    const expected = ACTIVE.filter(
      (p) =>
        ['c-home', 'c-kitchen'].includes(p.categoryId) &&
        p.priceMin >= 1000 &&
        p.priceMin <= 20000 &&
        p.inStock &&
        p.tags.some((t) => ['kitchen', 'home'].includes(t)),
    ).sort(byNewest);
    expect(expected.length).toBeGreaterThan(1);
    expect(res.hits.total).toEqual({ value: expected.length, relation: 'eq' });
    const hit = res.hits.hits[0];
    expect(Object.keys(hit._source)).toEqual(['source']);
    expect(hit._source.source.variants).toHaveLength(1);
    expect(hit._score).toBeNull();
    expect(hit.sort).toEqual([Date.parse(expected[0]!.createdAt), expected[0]!.id]);
    expect(res.hits.hits.map((h: { _id: string }) => h._id)).toEqual(expected.map((p) => p.id));
  });

  it.each(['NEWEST', 'PRICE_ASC', 'PRICE_DESC', 'RELEVANCE'] as const)(
    'sorts %s with ties newest first then by id, and search_after visits each product once',
    async (sort) => {
      const key = (p: ProductDocument) => (sort === 'PRICE_ASC' ? p.priceMin : sort === 'PRICE_DESC' ? -p.priceMin : 0);
      const expected = [...ACTIVE].sort((a, b) => key(a) - key(b) || byNewest(a, b)).map((p) => p.id);
      const first = await search(searchBody({ sort, limit: 50 }));
      expect(first.hits.hits.map((h: { _id: string }) => h._id)).toEqual(expected);
      const sample = first.hits.hits[0];
      if (sort === 'RELEVANCE') expect(typeof sample.sort[0]).toBe('number');
      if (sort.startsWith('PRICE')) expect(sample.sort[0]).toBe(ACTIVE.find((p) => p.id === sample._id)?.priceMin);
      expect(await allPages({ sort }, 4)).toEqual(expected);
    },
  );

  it('pages a text query by relevance, each hit once', async () => {
    const one = await search(searchBody({ query: 'warm wool lamp', sort: 'RELEVANCE', limit: 100 }));
    const all = one.hits.hits.map((h: { _id: string }) => h._id);
    expect(all.length).toBeGreaterThan(5);
    expect(await allPages({ query: 'warm wool lamp', sort: 'RELEVANCE' }, 3)).toEqual(all);
  });

  it('counts the facets over every match, unchanged by search_after', async () => {
    const filter: Filter = { inStock: true };
    const matched = ACTIVE.filter((p) => p.inStock);
    const page1 = await search(searchBody({ filter, sort: 'NEWEST', limit: 2 }));
    const page2 = await search(searchBody({ filter, sort: 'NEWEST', limit: 2, after: page1.hits.hits[1].sort }));
    expect(page2.aggregations).toEqual(page1.aggregations);
    const counts = (values: string[]) => {
      const m = new Map<string, number>();
      for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
      return [...m]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([key, doc_count]) => ({ key, doc_count }));
    };
    const aggs = page1.aggregations;
    expect(aggs.categories).toEqual({
      doc_count_error_upper_bound: 0,
      sum_other_doc_count: 0,
      buckets: counts(matched.map((p) => p.categoryId)),
    });
    expect(aggs.tags.buckets).toEqual(counts(matched.flatMap((p) => p.tags)));
    expect(aggs.priceRanges.buckets).toEqual(
      PRICE_BANDS.map((b) => ({
        key: `${b.from.toFixed(1)}-${b.to === undefined ? '*' : b.to.toFixed(1)}`,
        from: b.from,
        ...(b.to !== undefined ? { to: b.to } : {}),
        doc_count: matched.filter((p) => p.priceMin >= b.from && (b.to === undefined || p.priceMin < b.to)).length,
      })),
    );
    expect(aggs.priceRanges.buckets.at(-1).key).toBe('25000.0-*');
  });
});

describe('refusals with OpenSearch’s 400 shape', () => {
  const base = () => searchBody({ sort: 'NEWEST', limit: 1 }) as Record<string, any>;
  it.each([
    [
      'an unknown query type',
      { ...base(), query: { fuzzy: { name: 'x' } } },
      'parsing_exception',
      'unknown query [fuzzy]',
    ],
    [
      'an unknown query inside bool',
      { ...base(), query: { bool: { must: [{ match: { name: 'x' } }], filter: [] } } },
      'parsing_exception',
      'unknown query [match]',
    ],
    ['a bool key we never send', { ...base(), query: { bool: { should: [] } } }, 'parsing_exception', '[should]'],
    [
      'an unknown aggregation',
      { ...base(), aggs: { avgPrice: { avg: { field: 'priceMin' } } } },
      'parsing_exception',
      'Unknown aggregation type [avg]',
    ],
    [
      'a sort on an unknown field',
      { ...base(), sort: [{ colour: { order: 'asc' } }] },
      'illegal_argument_exception',
      'No mapping found for [colour] in order to sort on',
    ],
    ['an unknown body key', { ...base(), highlight: {} }, 'parsing_exception', '[highlight]'],
    [
      'a term on an unknown field',
      { ...base(), query: { bool: { must: [], filter: [{ term: { colour: 'red' } }] } } },
      'illegal_argument_exception',
      '[colour]',
    ],
  ])('refuses %s', async (_what, body, type, reason) => {
    const res = await refusal(client.search({ index: PRODUCT_INDEX, body: body as Record<string, unknown> }));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: 400, error: { type, root_cause: [{ type }] } });
    expect(res.body.error.reason).toContain(reason);
    expect(res.body.error.root_cause[0].reason).toBe(res.body.error.reason);
  });

  it('refuses an unknown path', async () => {
    const res = await refusal(client.transport.request({ method: 'GET', path: `/${PRODUCT_INDEX}/_stats` }));
    expect(res.status).toBe(400);
    expect(res.body.error.type).toBe('illegal_argument_exception');
  });
});

describe('SigV4 (service es, the local IAM key)', () => {
  it('answers 403 with {message} to an unsigned request, a wrong secret and an unknown key', async () => {
    const unsigned = await fetch(`${server.endpoint}/${PRODUCT_INDEX}/_count`);
    expect(unsigned.status).toBe(403);
    expect(Object.keys((await unsigned.json()) as object)).toEqual(['message']);
    const wrongSecret = await refusal(clientFor(server.endpoint, { ...KEY, secretAccessKey: 'nope' }).info());
    expect(wrongSecret.status).toBe(403);
    expect(wrongSecret.body.message).toContain('signature we calculated does not match');
    const unknown = await refusal(
      clientFor(server.endpoint, { accessKeyId: 'AKIAOTHER', secretAccessKey: 'x' }).info(),
    );
    expect(unknown.body.message).toContain('security token included in the request is invalid');
  });

  it('refuses a signature for another service', async () => {
    const signer = new SignatureV4({ service: 'dynamodb', region: REGION, credentials: KEY, sha256: Sha256 });
    const url = new URL(server.endpoint);
    const signed = await signer.sign({
      method: 'GET',
      protocol: 'http:',
      hostname: url.hostname,
      port: Number(url.port),
      path: '/',
      headers: { host: url.host },
    });
    const res = await fetch(`${server.endpoint}/`, { headers: signed.headers });
    expect(res.status).toBe(403);
  });
});

describe('DescribeDomain through @aws-sdk/client-opensearch', () => {
  it('finds the domain at the twin and refuses another name', async () => {
    const sdk = new OpenSearchClient({ endpoint: server.endpoint, region: REGION, credentials: KEY });
    const { DomainStatus } = await sdk.send(new DescribeDomainCommand({ DomainName: DOMAIN }));
    expect(DomainStatus).toMatchObject({
      DomainName: DOMAIN,
      Endpoint: server.host,
      ARN: `arn:aws:es:${REGION}:000000000000:domain/${DOMAIN}`,
      Created: true,
      Deleted: false,
      Processing: false,
    });
    await expect(sdk.send(new DescribeDomainCommand({ DomainName: 'other' }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
    sdk.destroy();
  });
});

describe('persistence', () => {
  it('keeps documents and versions across a restart', async () => {
    const before = ((await client.count({ index: PRODUCT_INDEX })).body as any).count;
    await server.close();
    await start();
    expect(((await client.count({ index: PRODUCT_INDEX })).body as any).count).toBe(before);
    const got = (await client.get({ index: PRODUCT_INDEX, id: 'p-01' })).body as any;
    expect(got._version).toBe(2000);
    const stale = { index: { _index: PRODUCT_INDEX, _id: 'p-01', version: 1999, version_type: 'external_gte' } };
    const res = (await client.bulk({ body: [stale, ALL[1] as ProductDocument] })).body as any;
    expect(res.items[0].index.status).toBe(409);
    const tomb = { index: { _index: PRODUCT_INDEX, _id: 'p-none', version: 5, version_type: 'external_gte' } };
    expect(((await client.bulk({ body: [tomb, ALL[1] as ProductDocument] })).body as any).items[0].index.status).toBe(
      409,
    );
    expect((await search(searchBody({ query: 'lamb', sort: 'RELEVANCE', limit: 5 }))).hits.total.value).toBeGreaterThan(
      0,
    );
  });
});
