// The index set-up at deploy (setUpIndex, answered by catalog-changes) and search:reindex against real parts:
// DynamoDB Local for the table and the search twin for OpenSearch. Created behind the alias; a stack from
// before the alias migrated; a new field put on the live index; a type change rebuilt from the table and
// swapped while a loop of searches through the alias never fails; a forced rebuild; Delete leaves the index.
import { DeleteItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { Client } from '@opensearch-project/opensearch';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PRODUCT_INDEX, PRODUCT_INDEX_MAPPING } from '../../contracts/index.ts';
import { handler } from '../../functions/catalog-changes/index.ts';
import { reindexProducts, resetClients, searchClient, setUpIndex } from '../../functions/search-indexer/index.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../local/local-aws.ts';
import { startSearchServer, type SearchServer } from '../../local/search/index.ts';
import { createTable, uniqueTableName, useDynamoDbLocal } from '../support/dynamodb-local.ts';

const ddb = useDynamoDbLocal();
const TABLE = uniqueTableName('IndexEvolution');
const IDS = ['P1', 'P2', 'P3', 'P4', 'P5'];
let server: SearchServer;
let search: Client;

const put = (item: Record<string, unknown>) =>
  ddb.client.send(new PutItemCommand({ TableName: TABLE, Item: marshall(item, { removeUndefinedValues: true }) }));

async function addProduct(id: string): Promise<void> {
  const sku = `${id}-S`;
  await put({
    pk: `PRODUCT#${id}`,
    sk: 'PRODUCT',
    entity: 'Product',
    id,
    slug: `lamp-${id.toLowerCase()}`,
    name: `Desk lamp ${id}`,
    description: 'A lamp',
    categoryId: 'CAT1',
    tags: ['lighting'],
    status: 'ACTIVE',
    variantSkus: [sku],
    variantPrices: { [sku]: 1500 },
    images: [],
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    version: 1,
  });
  await put({ pk: `SKU#${sku}`, sk: 'VARIANT', entity: 'Variant', sku, productId: id, price: 1500, stock: 3 });
}

/** The contract's mapping changed as a developer would change it, as the template's Mapping property. */
function mappingWith(change: (m: any) => void): string {
  const mapping = structuredClone(PRODUCT_INDEX_MAPPING) as any;
  change(mapping);
  return JSON.stringify(mapping);
}

async function http(method: string, path: string, body?: unknown) {
  const answer = await search.transport.request(
    { method, path, ...(body === undefined ? {} : { body: body as Record<string, unknown> }) },
    { ignore: [400, 404] },
  );
  return { status: answer.statusCode, body: answer.body as any };
}

const aliasTargets = async () => Object.keys((await http('GET', `/_alias/${PRODUCT_INDEX}`)).body);
const count = async () => ((await search.count({ index: PRODUCT_INDEX })).body as { count: number }).count;

beforeAll(async () => {
  await createTable(ddb.client, {
    TableName: TABLE,
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
    AttributeDefinitions: [
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'S' },
    ],
  });
  for (const id of IDS) await addProduct(id);
});

beforeEach(async () => {
  await server?.close();
  await search?.close();
  server = await startSearchServer({
    domainName: 'evolution-test',
    credentials: [LOCAL_CREDENTIALS],
    region: LOCAL_REGION,
    accountId: '000000000000',
  });
  search = searchClient(server.endpoint, LOCAL_REGION);
  Object.assign(process.env, {
    TABLE_NAME: TABLE,
    SEARCH_ENDPOINT: server.endpoint,
    AWS_REGION: LOCAL_REGION,
    AWS_ENDPOINT_URL_DYNAMODB: ddb.endpoint,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
  });
  resetClients();
});

afterAll(async () => {
  resetClients();
  await search?.close();
  await server?.close();
});

describe('the index at deploy (custom resource)', () => {
  it('Create makes products-v1 behind the alias, with the replicas; Update finds it; Delete leaves it', async () => {
    const created = await handler({ RequestType: 'Create', ResourceProperties: { Replicas: '0' } });
    expect(created).toEqual({ PhysicalResourceId: PRODUCT_INDEX, Data: { result: 'created', index: 'products-v1' } });
    expect(await aliasTargets()).toEqual(['products-v1']);
    const settings = await http('GET', '/products-v1/_settings/index.number_of_replicas');
    expect(settings.body['products-v1'].settings.index.number_of_replicas).toBe('0');
    const mapping = (await http('GET', '/products/_mapping')).body['products-v1'].mappings;
    expect(mapping).toEqual(PRODUCT_INDEX_MAPPING.mappings);
    const again = await setUpIndex({ RequestType: 'Update', ResourceProperties: { Replicas: '2' } });
    expect(again.Data).toEqual({ result: 'unchanged', index: 'products-v1' });
    expect((await http('GET', '/products/_settings')).body['products-v1'].settings.index.number_of_replicas).toBe('2');
    expect(await setUpIndex({ RequestType: 'Delete', PhysicalResourceId: PRODUCT_INDEX })).toEqual({
      PhysicalResourceId: PRODUCT_INDEX,
    });
    expect(await aliasTargets()).toEqual(['products-v1']);
  });

  it('before the alias: the concrete products index is rebuilt into products-v1, then replaced by it', async () => {
    const legacy = structuredClone(PRODUCT_INDEX_MAPPING) as any;
    delete legacy.mappings._meta;
    await http('PUT', `/${PRODUCT_INDEX}`, legacy);
    // A document the table no longer has: the rebuild, which reads the table, leaves it behind.
    await search.index({ index: PRODUCT_INDEX, id: 'GONE', body: { id: 'GONE', name: 'Gone', status: 'ACTIVE' } });
    const answer = await setUpIndex({ RequestType: 'Update', ResourceProperties: { Replicas: '0' } });
    expect(answer.Data).toEqual({ result: 'migrated', index: 'products-v1' });
    expect(await aliasTargets()).toEqual(['products-v1']);
    expect((await http('GET', '/products-v1')).status).toBe(200);
    expect((await http('DELETE', `/${PRODUCT_INDEX}`)).body.error.type).toBe('illegal_argument_exception');
    expect(await count()).toBe(IDS.length);
    expect((await http('GET', '/products/_doc/GONE')).status).toBe(404);
  });

  it('a new field is put on the live index: writes with it fail before and succeed after, same index', async () => {
    await setUpIndex({ RequestType: 'Create', ResourceProperties: { Replicas: '0' } });
    await reindexProducts({ ddb: ddb.client, table: TABLE, search });
    const doc = { id: 'B1', name: 'Branded lamp', status: 'ACTIVE', brand: 'Acme' };
    const before = await http('PUT', '/products/_doc/B1', doc);
    expect([before.status, before.body.error.type]).toEqual([400, 'strict_dynamic_mapping_exception']);
    const Mapping = mappingWith((m) => {
      m.mappings._meta.version = 2;
      m.mappings.properties.brand = { type: 'keyword' };
    });
    const answer = await setUpIndex({ RequestType: 'Update', ResourceProperties: { Replicas: '0', Mapping } });
    expect(answer.Data).toEqual({ result: 'fields added', index: 'products-v1' });
    expect((await http('PUT', '/products/_doc/B1', doc)).status).toBe(201);
    const mapping = (await http('GET', '/products/_mapping')).body['products-v1'].mappings;
    expect([mapping.properties.brand, mapping._meta]).toEqual([{ type: 'keyword' }, { version: 2 }]);
    expect(await count()).toBe(IDS.length + 1);
  });

  it('a type change rebuilds products-v2 from the table and swaps the alias while searches never fail', async () => {
    await setUpIndex({ RequestType: 'Create', ResourceProperties: { Replicas: '0' } });
    await reindexProducts({ ddb: ddb.client, table: TABLE, search });
    const Mapping = mappingWith((m) => {
      m.mappings._meta.version = 2;
      m.mappings.properties.slug = { type: 'text' };
    });
    const failures: unknown[] = [];
    const seen = new Set<string>();
    let searches = 0;
    let done = false;
    const loop = (async () => {
      while (!done) {
        try {
          const answer = await search.search({ index: PRODUCT_INDEX, body: { query: { match_all: {} }, size: 50 } });
          const hits = (answer.body as any).hits.hits as Array<{ _index: string }>;
          if (hits.length !== IDS.length) failures.push(`saw ${hits.length} products`);
          for (const hit of hits) seen.add(hit._index);
          searches++;
        } catch (err) {
          failures.push(err);
        }
      }
    })();
    try {
      const answer = await setUpIndex({ RequestType: 'Update', ResourceProperties: { Replicas: '0', Mapping } });
      expect(answer.Data).toEqual({ result: 'rebuilt', index: 'products-v2' });
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      done = true;
      await loop;
    }
    expect(failures).toEqual([]);
    expect(searches).toBeGreaterThan(1);
    expect(seen.has('products-v2')).toBe(true);
    expect(await aliasTargets()).toEqual(['products-v2']);
    expect((await http('HEAD', '/products-v1')).status).toBe(404);
    expect((await http('GET', '/products/_mapping')).body['products-v2'].mappings.properties.slug).toEqual({
      type: 'text',
    });
    expect(await count()).toBe(IDS.length);
  });

  it('search:reindex --recreate rebuilds into a new index and removes products no longer in the table', async () => {
    await setUpIndex({ RequestType: 'Create', ResourceProperties: { Replicas: '0' } });
    await reindexProducts({ ddb: ddb.client, table: TABLE, search });
    await addProduct('P9');
    await reindexProducts({ ddb: ddb.client, table: TABLE, search });
    expect(await count()).toBe(IDS.length + 1);
    await ddb.client.send(
      new DeleteItemCommand({ TableName: TABLE, Key: marshall({ pk: 'PRODUCT#P9', sk: 'PRODUCT' }) }),
    );
    const report = await reindexProducts({ ddb: ddb.client, table: TABLE, search, recreate: true, chunk: 2 });
    expect([report.index, report.concrete, report.products, report.failed.size]).toEqual([
      'rebuilt',
      'products-v2',
      IDS.length,
      0,
    ]);
    expect(await count()).toBe(IDS.length);
    // The rebuilt index keeps the live one's replica count (search:reindex does not know the node count).
    const settings = await http('GET', '/products/_settings/index.number_of_replicas');
    expect(settings.body['products-v2'].settings.index.number_of_replicas).toBe('0');
  });
});
