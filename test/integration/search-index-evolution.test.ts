// The product index evolving under a real `npm start` (issue 20, item 6), searched over GraphQL as a storefront
// does. On the running stack, the template's custom resource handler (the same function code npm start runs
// at start) is given a new mapping: a new field is put on the live index, a type change is rebuilt from the
// table and swapped, and a loop of searchProducts never fails nor loses a product meanwhile. Then the way a
// developer does it: the contract changes (here: the template's Mapping property in a copy of the cloud
// assembly, exactly what `cdk synth` makes of the contract) and npm start restarts on the same data directory.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@opensearch-project/opensearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRODUCT_INDEX, PRODUCT_INDEX_MAPPING } from '../../contracts/index.ts';
import { resetClients, searchClient, setUpIndex } from '../../functions/search-indexer/index.ts';
import { graphql } from '../support/graphql-client.ts';
import { ROOT, startShopProcess, type ShopProcess } from '../support/shop-process.ts';

const SEARCH = 'query { searchProducts(limit: 50) { total items { id } } }';
const CUSTOM_RESOURCE = 'Custom::ProductSearchIndex';
const saved = { ...process.env };
let shop: ShopProcess;
let work: string;

/** The contract's mapping with a change, as the template's Mapping property (a JSON string). */
function mapping(version: number, properties: Record<string, unknown>): string {
  const m = structuredClone(PRODUCT_INDEX_MAPPING) as any;
  m.mappings._meta.version = version;
  Object.assign(m.mappings.properties, properties);
  return JSON.stringify(m);
}

/** A copy of the synthesized cloud assembly whose index custom resource carries `Mapping`. */
async function assemblyWith(name: string, Mapping?: string): Promise<string> {
  const dir = join(work, name);
  await cp(join(ROOT, 'cdk.out'), dir, { recursive: true });
  if (Mapping === undefined) return dir;
  const file = join(dir, 'ShopStack.template.json');
  const template = JSON.parse(await readFile(file, 'utf8'));
  const [resource] = Object.values(template.Resources as Record<string, any>).filter((r) => r.Type === CUSTOM_RESOURCE);
  resource.Properties.Mapping = Mapping;
  await writeFile(file, JSON.stringify(template));
  return dir;
}

/** Points this process at the running shop (its table, search twin and IAM key), as search:reindex --local does. */
async function useShop(): Promise<Client> {
  const shopEnv = JSON.parse(await readFile(join(shop.dataDir, 'endpoints.json'), 'utf8'));
  const table = Object.values(shopEnv.resources as Record<string, { type: string; name: string }>).find(
    (r) => r.type === 'AWS::DynamoDB::Table',
  )!.name;
  const endpoint = shopEnv.sdkEnvironment.AWS_ENDPOINT_URL_OPENSEARCH as string;
  Object.assign(process.env, shopEnv.sdkEnvironment, {
    TABLE_NAME: table,
    SEARCH_ENDPOINT: endpoint,
    AWS_REGION: shop.outputs.region,
    AWS_ACCESS_KEY_ID: shop.outputs.iam.accessKeyId,
    AWS_SECRET_ACCESS_KEY: shop.outputs.iam.secretAccessKey,
  });
  resetClients();
  return searchClient(endpoint, shop.outputs.region);
}

async function searchTotal(): Promise<number> {
  const out = await graphql(shop.outputs.graphqlUrl, SEARCH, {}, { 'x-api-key': shop.outputs.apiKey });
  if (out.body.errors) throw new Error(JSON.stringify(out.body.errors));
  return out.body.data.searchProducts.total as number;
}

const LIST = 'query { listProducts(limit: 100) { items { id } nextToken } }';

/**
 * The search total once the stream has indexed every ACTIVE product the table lists: the demo seed's last
 * products may still be on their way to the index when a test begins.
 */
async function settledTotal(): Promise<number> {
  const out = await graphql(shop.outputs.graphqlUrl, LIST, {}, { 'x-api-key': shop.outputs.apiKey });
  const listed = (out.body.data.listProducts.items as unknown[]).length;
  const deadline = Date.now() + 30_000;
  let total = await searchTotal();
  while (total !== listed && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    total = await searchTotal();
  }
  return total;
}

/** Runs `change` while searchProducts is called in a loop; every answer must come, with every product. */
async function searchingThroughout<T>(change: () => Promise<T>): Promise<{ result: T; searches: number }> {
  const expected = await settledTotal();
  const failures: unknown[] = [];
  let searches = 0;
  let done = false;
  const loop = (async () => {
    while (!done) {
      const total = await searchTotal().catch((err: unknown) => (failures.push(err), expected));
      if (total !== expected) failures.push(`searchProducts answered ${total} products, not ${expected}`);
      searches++;
    }
  })();
  try {
    const result = await change();
    // One more search that starts after the change, then stop.
    const after = searches;
    while (searches < after + 2 && failures.length === 0) await new Promise((r) => setTimeout(r, 10));
    return { result, searches };
  } finally {
    done = true;
    await loop;
    expect(failures).toEqual([]);
  }
}

async function http(search: Client, method: string, path: string, body?: unknown) {
  const answer = await search.transport.request(
    { method, path, ...(body === undefined ? {} : { body: body as Record<string, unknown> }) },
    { ignore: [400, 404] },
  );
  return { status: answer.statusCode, body: answer.body as any };
}

const aliasTargets = async (search: Client) =>
  Object.keys((await http(search, 'GET', `/_alias/${PRODUCT_INDEX}`)).body);

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'index-evolution-'));
  shop = await startShopProcess({ env: { SHOP_ASSEMBLY_DIR: await assemblyWith('first') }, timeoutMs: 240_000 });
}, 300_000);

afterAll(async () => {
  await shop?.stop();
  resetClients();
  process.env = saved;
  await rm(work, { recursive: true, force: true });
});

describe('the product index evolving under npm start', () => {
  it('npm start sets up the index through the template custom resource: the alias names products-v1', async () => {
    expect(shop.output()).toMatch(/Custom resource\s+SearchIndex\w+ \(Custom::ProductSearchIndex\) .*result created/);
    const search = await useShop();
    expect(await aliasTargets(search)).toEqual(['products-v1']);
    expect(await searchTotal()).toBeGreaterThan(0);
    await search.close();
  });

  it('a new field on the running stack: put on the live index while searches answer, then writes take it', async () => {
    const search = await useShop();
    const doc = { id: 'BRAND-1', name: 'Branded lamp', status: 'DRAFT', brand: 'Acme' };
    const refused = await http(search, 'PUT', `/${PRODUCT_INDEX}/_doc/BRAND-1`, doc);
    expect([refused.status, refused.body.error.type]).toEqual([400, 'strict_dynamic_mapping_exception']);
    const Mapping = mapping(2, { brand: { type: 'keyword' } });
    const { result, searches } = await searchingThroughout(() =>
      setUpIndex({ RequestType: 'Update', ResourceProperties: { Replicas: '0', Mapping } }),
    );
    expect(result.Data).toEqual({ result: 'fields added', index: 'products-v1' });
    expect(searches).toBeGreaterThan(1);
    expect((await http(search, 'PUT', `/${PRODUCT_INDEX}/_doc/BRAND-1`, doc)).status).toBe(201);
    await http(search, 'DELETE', `/${PRODUCT_INDEX}/_doc/BRAND-1`);
    await search.close();
  });

  it('a type change on the running stack: rebuilt from the table and swapped while searches never fail', async () => {
    const search = await useShop();
    const Mapping = mapping(3, { brand: { type: 'keyword' }, slug: { type: 'text' } });
    const { result, searches } = await searchingThroughout(() =>
      setUpIndex({ RequestType: 'Update', ResourceProperties: { Replicas: '0', Mapping } }),
    );
    expect(result.Data).toEqual({ result: 'rebuilt', index: 'products-v3' });
    expect(searches).toBeGreaterThan(1);
    expect(await aliasTargets(search)).toEqual(['products-v3']);
    expect((await http(search, 'HEAD', '/products-v1')).status).toBe(404);
    const slug = (await http(search, 'GET', `/${PRODUCT_INDEX}/_mapping`)).body['products-v3'].mappings.properties.slug;
    expect(slug).toEqual({ type: 'text' });
    await search.close();
  });

  it('a developer adds a field to the contract and restarts npm start on the same data dir: fields added', async () => {
    const before = await searchTotal();
    await shop.stop();
    const Mapping = mapping(4, { brand: { type: 'keyword' }, slug: { type: 'text' }, material: { type: 'keyword' } });
    shop = await startShopProcess({
      dataDir: shop.dataDir,
      env: { SHOP_ASSEMBLY_DIR: await assemblyWith('second', Mapping) },
      timeoutMs: 240_000,
    });
    expect(shop.output()).toMatch(/Custom resource\s+SearchIndex\w+ .*result fields added, index products-v3/);
    expect(await searchTotal()).toBe(before);
    const search = await useShop();
    expect(await aliasTargets(search)).toEqual(['products-v3']);
    const doc = { id: 'MAT-1', name: 'Oak lamp', status: 'DRAFT', material: 'oak' };
    expect((await http(search, 'PUT', `/${PRODUCT_INDEX}/_doc/MAT-1`, doc)).status).toBe(201);
    await search.close();
  }, 300_000);
});
