// The search twin's index evolution APIs, driven by the official OpenSearch client (SigV4): aliases (create
// with the index, GET/PUT/DELETE /_alias, POST /_aliases add/remove/remove_index, names resolving through an
// alias for _search/_bulk/_doc/_mapping/_settings), PUT _mapping (additive; a type change refused), PUT
// _settings for number_of_replicas, strict mapping refusals, and aliases persisting across a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, errors } from '@opensearch-project/opensearch';
import { AwsSigv4Signer } from '@opensearch-project/opensearch/aws';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { startSearchServer, type SearchServer } from './index.ts';

const REGION = 'us-east-1';
const KEY = { accessKeyId: 'AKIALOCALALIASTEST01', secretAccessKey: 'alias-test-secret' };
const MAPPING = {
  settings: { index: { number_of_shards: 1, number_of_replicas: 1 } },
  mappings: {
    _meta: { version: 1 },
    dynamic: 'strict',
    properties: { id: { type: 'keyword' }, name: { type: 'text' }, priceMin: { type: 'long' } },
  },
};

const dataDir = mkdtempSync(join(tmpdir(), 'search-aliases-'));
let server: SearchServer;
let client: Client;

async function start(dir?: string): Promise<void> {
  server = await startSearchServer({
    domainName: 'alias-test',
    credentials: [KEY],
    region: REGION,
    accountId: '000000000000',
    saveDelayMs: 5,
    ...(dir ? { dataDir: dir } : {}),
  });
  client = new Client({
    ...AwsSigv4Signer({ region: REGION, service: 'es', getCredentials: async () => KEY }),
    node: server.endpoint,
  });
}

async function request(method: string, path: string, body?: unknown) {
  const answer = await client.transport.request(
    { method, path, ...(body === undefined ? {} : { body: body as Record<string, unknown> }) },
    { ignore: [400, 404] },
  );
  return { status: answer.statusCode, body: answer.body as Record<string, any> };
}

async function refusal(call: Promise<unknown>): Promise<{ status: number; body: Record<string, any> }> {
  try {
    await call;
  } catch (err) {
    if (err instanceof errors.ResponseError) return { status: err.meta.statusCode as number, body: err.meta.body };
    throw err;
  }
  throw new Error('the call was not refused');
}

const count = async (index: string) => ((await client.count({ index })).body as { count: number }).count;

beforeEach(async () => {
  await server?.close();
  await start();
});
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('aliases', () => {
  it('an index created with its alias answers searches, counts, documents and bulk writes by the alias', async () => {
    await request('PUT', '/products-v1', { ...MAPPING, aliases: { products: {} } });
    expect((await request('GET', '/_alias/products')).body).toEqual({ 'products-v1': { aliases: { products: {} } } });
    expect((await request('HEAD', '/products')).status).toBe(200);
    const bulk = await client.bulk({
      body: [{ index: { _index: 'products', _id: 'p1' } }, { id: 'p1', name: 'Desk lamp', priceMin: 1200 }],
    });
    expect((bulk.body as any).items[0].index).toMatchObject({ _index: 'products-v1', _id: 'p1', status: 201 });
    await client.index({ index: 'products', id: 'p2', body: { id: 'p2', name: 'Floor lamp', priceMin: 5000 } });
    expect(await count('products')).toBe(2);
    const hits = (await client.search({ index: 'products', body: { query: { match_all: {} } } })).body as any;
    expect(hits.hits.hits.map((h: any) => [h._index, h._id]).sort()).toEqual([
      ['products-v1', 'p1'],
      ['products-v1', 'p2'],
    ]);
    expect(((await client.get({ index: 'products', id: 'p1' })).body as any)._index).toBe('products-v1');
    const mapping = (await request('GET', '/products/_mapping')).body;
    expect(Object.keys(mapping)).toEqual(['products-v1']);
    const index = (await request('GET', '/products')).body;
    expect(index['products-v1'].aliases).toEqual({ products: {} });
  });

  it('POST /_aliases swaps atomically (remove + add); remove_index replaces an index by an alias', async () => {
    await request('PUT', '/products', MAPPING);
    await client.index({ index: 'products', id: 'old', body: { id: 'old', name: 'Old', priceMin: 1 } });
    await request('PUT', '/products-v1', MAPPING);
    await client.index({ index: 'products-v1', id: 'new', body: { id: 'new', name: 'New', priceMin: 2 } });
    const taken = await request('POST', '/_aliases', {
      actions: [{ add: { index: 'products-v1', alias: 'products' } }],
    });
    expect([taken.status, taken.body.error.type]).toEqual([400, 'invalid_alias_name_exception']);
    expect(await count('products')).toBe(1);
    const swap = await request('POST', '/_aliases', {
      actions: [{ remove_index: { index: 'products' } }, { add: { index: 'products-v1', alias: 'products' } }],
    });
    expect(swap).toEqual({ status: 200, body: { acknowledged: true } });
    expect((await client.get({ index: 'products', id: 'new' })).body).toMatchObject({ _index: 'products-v1' });
    await request('PUT', '/products-v2', MAPPING);
    const actions = [
      { remove: { index: 'products-v1', alias: 'products' } },
      { add: { index: 'products-v2', alias: 'products' } },
    ];
    expect((await request('POST', '/_aliases', { actions })).status).toBe(200);
    expect((await request('GET', '/_alias/products')).body).toEqual({ 'products-v2': { aliases: { products: {} } } });
    const missing = await request('POST', '/_aliases', {
      actions: [{ remove: { index: 'products-v1', alias: 'products' } }],
    });
    expect([missing.status, missing.body.error.type]).toEqual([404, 'aliases_not_found_exception']);
    // A failed action leaves every alias as it was (the actions are atomic).
    const half = await request('POST', '/_aliases', {
      actions: [{ add: { index: 'products-v1', alias: 'other' } }, { add: { index: 'nope', alias: 'other' } }],
    });
    expect([half.status, half.body.error.type]).toEqual([404, 'index_not_found_exception']);
    expect((await request('GET', '/_alias/other')).status).toBe(404);
  });

  it('PUT/DELETE /<index>/_alias/<name>; DELETE by alias refused; deleting an index drops its aliases', async () => {
    await request('PUT', '/products-v1', MAPPING);
    expect((await request('PUT', '/products-v1/_alias/products')).status).toBe(200);
    expect((await request('GET', '/products-v1/_alias')).body).toEqual({
      'products-v1': { aliases: { products: {} } },
    });
    const byAlias = await request('DELETE', '/products');
    expect([byAlias.status, byAlias.body.error.type]).toEqual([400, 'illegal_argument_exception']);
    expect((await request('DELETE', '/products-v1/_alias/products')).status).toBe(200);
    expect((await request('GET', '/_alias/products')).status).toBe(404);
    await request('PUT', '/products-v1/_alias/products');
    expect((await request('DELETE', '/products-v1')).status).toBe(200);
    expect((await request('HEAD', '/products')).status).toBe(404);
    const search = await refusal(client.search({ index: 'products', body: {} }));
    expect([search.status, search.body.error.type]).toEqual([404, 'index_not_found_exception']);
  });

  it('aliases persist with the documents across a restart', async () => {
    await server.close();
    await start(dataDir);
    await request('PUT', '/products-v1', { ...MAPPING, aliases: { products: {} } });
    await client.index({ index: 'products', id: 'p1', body: { id: 'p1', name: 'Lamp', priceMin: 1 } });
    await server.close();
    await start(dataDir);
    expect((await request('GET', '/_alias/products')).body).toEqual({ 'products-v1': { aliases: { products: {} } } });
    expect(await count('products')).toBe(1);
  });
});

describe('mappings and settings of a live index', () => {
  it('a strict mapping refuses an unknown field: 400 on _doc, an item error of the same type in _bulk', async () => {
    await request('PUT', '/products-v1', { ...MAPPING, aliases: { products: {} } });
    const single = await refusal(client.index({ index: 'products', id: 'p1', body: { id: 'p1', brand: 'Acme' } }));
    expect(single.status).toBe(400);
    expect(single.body.error).toMatchObject({
      type: 'strict_dynamic_mapping_exception',
      reason: 'mapping set to strict, dynamic introduction of [brand] within [_doc] is not allowed',
    });
    const bulk = (await client.bulk({ body: [{ index: { _index: 'products', _id: 'p1' } }, { brand: 'Acme' }] }))
      .body as any;
    expect(bulk.errors).toBe(true);
    expect(bulk.items[0].index).toMatchObject({ status: 400, error: { type: 'strict_dynamic_mapping_exception' } });
    expect(bulk.items[0].index.error.root_cause).toBeUndefined();
  });

  it('PUT _mapping adds a field through the alias, keeps the documents, and then takes writes with it', async () => {
    await request('PUT', '/products-v1', { ...MAPPING, aliases: { products: {} } });
    await client.index({ index: 'products', id: 'p1', body: { id: 'p1', name: 'Desk lamp', priceMin: 1200 } });
    const put = await request('PUT', '/products/_mapping', {
      properties: { brand: { type: 'keyword' } },
      _meta: { version: 2 },
    });
    expect(put).toEqual({ status: 200, body: { acknowledged: true } });
    const mapping = (await request('GET', '/products-v1/_mapping')).body['products-v1'].mappings;
    expect(mapping.properties.brand).toEqual({ type: 'keyword' });
    expect(mapping._meta).toEqual({ version: 2 });
    expect(mapping.dynamic).toBe('strict');
    await client.index({ index: 'products', id: 'p2', body: { id: 'p2', name: 'Lamp', priceMin: 1, brand: 'Acme' } });
    const acme = await client.search({
      index: 'products',
      body: { query: { bool: { filter: [{ term: { brand: 'Acme' } }] } } },
    });
    expect((acme.body as any).hits.hits.map((h: any) => h._id)).toEqual(['p2']);
    const lamps = await client.search({
      index: 'products',
      body: { query: { bool: { must: [{ multi_match: { query: 'desk', fields: ['name'] } }] } } },
    });
    expect((lamps.body as any).hits.hits.map((h: any) => h._id)).toEqual(['p1']);
    // The same field again is no change; a changed type is refused and changes nothing.
    expect((await request('PUT', '/products/_mapping', { properties: { brand: { type: 'keyword' } } })).status).toBe(
      200,
    );
    const conflict = await request('PUT', '/products/_mapping', { properties: { priceMin: { type: 'keyword' } } });
    expect(conflict.status).toBe(400);
    expect(conflict.body.error).toMatchObject({
      type: 'illegal_argument_exception',
      reason: 'mapper [priceMin] cannot be changed from type [long] to [keyword]',
    });
    expect((await request('GET', '/products-v1/_mapping')).body['products-v1'].mappings.properties.priceMin).toEqual({
      type: 'long',
    });
  });

  it('PUT _settings changes number_of_replicas (dynamic) and refuses number_of_shards (static)', async () => {
    await request('PUT', '/products-v1', { ...MAPPING, aliases: { products: {} } });
    const read = async () => (await request('GET', '/products/_settings/index.number_of_replicas')).body;
    expect(await read()).toEqual({ 'products-v1': { settings: { index: { number_of_replicas: '1' } } } });
    expect(await request('PUT', '/products/_settings', { index: { number_of_replicas: 0 } })).toEqual({
      status: 200,
      body: { acknowledged: true },
    });
    expect(await read()).toEqual({ 'products-v1': { settings: { index: { number_of_replicas: '0' } } } });
    expect((await request('PUT', '/products/_settings', { 'index.number_of_replicas': 2 })).status).toBe(200);
    expect(await read()).toEqual({ 'products-v1': { settings: { index: { number_of_replicas: '2' } } } });
    const shards = await request('PUT', '/products/_settings', { index: { number_of_shards: 3 } });
    expect([shards.status, shards.body.error.type]).toEqual([400, 'illegal_argument_exception']);
    const negative = await request('PUT', '/products/_settings', { number_of_replicas: -1 });
    expect([negative.status, negative.body.error.type]).toEqual([400, 'illegal_argument_exception']);
    expect(await read()).toEqual({ 'products-v1': { settings: { index: { number_of_replicas: '2' } } } });
  });
});
