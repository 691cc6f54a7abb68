// The AMAZON_OPENSEARCH_SERVICE data source against the real search twin over HTTP: the request
// objects a resolver returns, signed for es with the local IAM key; results and errors as ctx sees them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRICE_BANDS, PRODUCT_INDEX, PRODUCT_INDEX_MAPPING, type ProductDocument } from '../../../contracts/index.ts';
import { startSearchServer, type SearchServer } from '../../search/index.ts';
import type { DataSource } from '../data-source.ts';
import { createDataSource, runsInSandbox } from '../registry.ts';

const KEY = { accessKeyId: 'AKIALOCALDATASOURCE1', secretAccessKey: 'data-source-test-secret' };
const CALLER = { callerId: 'Query.searchProducts', info: { fieldName: 'searchProducts', parentTypeName: 'Query' } };

let server: SearchServer;
let search: DataSource;

const doc = (i: number, name: string): ProductDocument => ({
  id: `p-${i}`,
  slug: `p-${i}`,
  name,
  description: `number ${i}`,
  tags: ['home'],
  categoryId: i % 2 ? 'c-odd' : 'c-even',
  status: 'ACTIVE',
  priceMin: 1000 * i,
  priceMax: 1000 * i,
  inStock: true,
  createdAt: new Date(Date.UTC(2026, 0, i)).toISOString(),
  updatedAt: new Date(Date.UTC(2026, 0, i)).toISOString(),
  source: { product: { id: `p-${i}`, name }, variants: [] },
});

const call = (request: unknown) => search.invoke(request, CALLER);

beforeAll(async () => {
  server = await startSearchServer({ domainName: 'shop', credentials: [KEY], region: 'us-east-1', accountId: '0' });
  search = createDataSource(
    { name: 'search', type: 'AMAZON_OPENSEARCH_SERVICE', endpoint: server.endpoint },
    { credentials: KEY },
  );
});
afterAll(() => server?.close());

describe('the OpenSearch data source', () => {
  it('runs on the host, not in the sandbox worker', () => {
    const config = { name: 'search', type: 'AMAZON_OPENSEARCH_SERVICE', endpoint: server.endpoint };
    expect(runsInSandbox(config, { dynamodb: { endpoint: 'http://127.0.0.1:1', region: 'us-east-1' } })).toBe(false);
    expect(() => createDataSource({ name: 'search', type: 'AMAZON_OPENSEARCH_SERVICE' }, {})).toThrow(
      'names no OpenSearch endpoint',
    );
  });

  it('creates the index, writes versioned documents, refreshes and reads them back as ctx.result', async () => {
    const created = await call({
      operation: 'PUT',
      path: `/${PRODUCT_INDEX}`,
      params: { body: PRODUCT_INDEX_MAPPING },
    });
    expect(created).toEqual({ result: { acknowledged: true, shards_acknowledged: true, index: PRODUCT_INDEX } });
    for (const [i, name] of [
      [1, 'Desk lamp'],
      [2, 'Floor lamp'],
      [3, 'Teapot'],
    ] as const) {
      const put = await call({
        operation: 'PUT',
        path: `/${PRODUCT_INDEX}/_doc/p-${i}`,
        params: { queryString: { version: 100, version_type: 'external_gte' }, body: doc(i, name) },
      });
      expect(put.result).toMatchObject({ _id: `p-${i}`, _version: 100, result: 'created' });
    }
    expect(await call({ operation: 'POST', path: `/${PRODUCT_INDEX}/_refresh`, params: {} })).toHaveProperty('result');
    const got = await call({ operation: 'GET', path: `/${PRODUCT_INDEX}/_doc/p-2` });
    expect(got.result).toMatchObject({ found: true, _version: 100, _source: { name: 'Floor lamp' } });
    const count = await call({ operation: 'GET', path: `/${PRODUCT_INDEX}/_count` });
    expect(count.result).toMatchObject({ count: 3 });
  });

  it('sends the searchProducts body and hands back the parsed response', async () => {
    const body = {
      size: 3,
      track_total_hits: 10000,
      _source: ['source'],
      query: {
        bool: {
          must: [{ multi_match: { query: 'lamb', fields: ['name^3', 'description', 'tags'], fuzziness: 'AUTO' } }],
          filter: [{ term: { status: 'ACTIVE' } }, { range: { priceMin: { gte: 1000 } } }],
        },
      },
      sort: [{ _score: { order: 'desc' } }, { createdAt: { order: 'desc' } }, { id: { order: 'desc' } }],
      aggs: {
        categories: { terms: { field: 'categoryId', size: 50 } },
        tags: { terms: { field: 'tags', size: 50 } },
        priceRanges: { range: { field: 'priceMin', ranges: PRICE_BANDS } },
      },
    };
    const { result, error } = await call({ operation: 'POST', path: `/${PRODUCT_INDEX}/_search`, params: { body } });
    expect(error).toBeUndefined();
    const r = result as any;
    expect(r.hits.total).toEqual({ value: 2, relation: 'eq' });
    expect(r.hits.hits.map((h: { _id: string }) => h._id).sort()).toEqual(['p-1', 'p-2']);
    expect(Object.keys(r.hits.hits[0]._source)).toEqual(['source']);
    expect(r.hits.hits[0]._source.source.product.name).toMatch(/lamp$/);
    expect(r.aggregations.categories.buckets).toEqual([
      { key: 'c-even', doc_count: 1 },
      { key: 'c-odd', doc_count: 1 },
    ]);
  });

  it('turns OpenSearch refusals into ctx.error with the error type and reason', async () => {
    const parsing = await call({
      operation: 'POST',
      path: `/${PRODUCT_INDEX}/_search`,
      params: { body: { query: { fuzzy: { name: 'x' } } } },
    });
    expect(parsing.error).toMatchObject({
      type: 'OpenSearch:parsing_exception',
      message: 'unknown query [fuzzy] (Service: OpenSearch, Status Code: 400)',
    });
    expect((parsing.error?.data as any).error.type).toBe('parsing_exception');
    const missing = await call({ operation: 'POST', path: '/nope/_search', params: { body: {} } });
    expect(missing.error?.type).toBe('OpenSearch:index_not_found_exception');
    const stale = await call({
      operation: 'PUT',
      path: `/${PRODUCT_INDEX}/_doc/p-1`,
      params: { queryString: { version: 99, version_type: 'external_gte' }, body: doc(1, 'old') },
    });
    expect(stale.error?.type).toBe('OpenSearch:version_conflict_engine_exception');
  });

  it('is refused with 403 when it signs with another key', async () => {
    const other = createDataSource(
      { name: 'search', type: 'AMAZON_OPENSEARCH_SERVICE', endpoint: server.endpoint },
      { credentials: { accessKeyId: KEY.accessKeyId, secretAccessKey: 'wrong' } },
    );
    const res = await other.invoke({ operation: 'GET', path: `/${PRODUCT_INDEX}/_count` }, CALLER);
    expect(res.error?.type).toBe('OpenSearch:Forbidden');
    expect(res.error?.message).toContain('signature we calculated does not match');
  });

  it('refuses a malformed request object, and names an endpoint that does not answer', async () => {
    expect((await call({ operation: 'PATCH', path: '/x' })).error?.type).toBe('MappingTemplate');
    expect((await call({ operation: 'GET', path: 'x' })).error?.message).toContain('path');
    const closed = await startSearchServer({
      domainName: 'gone',
      credentials: [KEY],
      region: 'us-east-1',
      accountId: '0',
    });
    await closed.close();
    const gone = createDataSource(
      { name: 'search', type: 'AMAZON_OPENSEARCH_SERVICE', endpoint: closed.endpoint },
      { credentials: KEY },
    );
    const res = await gone.invoke({ operation: 'GET', path: '/' }, CALLER);
    expect(res.error).toMatchObject({ type: 'OpenSearch:ConnectionError' });
    expect(res.error?.message).toContain('ECONNREFUSED');
  });
});
