// The shop under load: startShop in process (no seed, its own data dir, port 0, the request log
// kept for the checkout lines), an admin session, and products made through the admin API.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { freePort } from '../../local/engines/index.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../local/local-aws.ts';
import { startShop, type LocalOutputs } from '../../local/start/index.ts';
import type { TableKey } from '../../contracts/table-keys.ts';
import { dataOf, post, signIn, type Shopper } from '../lib/index.ts';
import type { CheckoutLog } from './request-log.ts';

export interface BenchShop {
  outputs: LocalOutputs;
  admin: Shopper;
  /** a consistent GetItem straight from DynamoDB Local, for checks and item sizes */
  getItem(key: TableKey): Promise<Record<string, unknown> | null>;
  stop(): Promise<void>;
}

export interface ProductSpec {
  slug: string;
  variants: Array<{ sku: string; price: number; stock: number }>;
}

/** DynamoDB Local's SQLite file on tmpfs when there is one, as bench/server does. */
const SCRATCH = process.env.BENCH_TMPDIR ?? (existsSync('/dev/shm') ? '/dev/shm' : tmpdir());

/**
 * Waits until the request log has been still for a second (at most 15 s): the order-events Lambda
 * publishes every placed order through the API from the table's stream, and stopping mid-way
 * makes it log "not published" for orders still in flight.
 */
async function quiet(log: CheckoutLog): Promise<void> {
  const until = performance.now() + 15_000;
  let seen = -1;
  while (seen !== log.linesSeen() && performance.now() < until) {
    seen = log.linesSeen();
    await new Promise((r) => setTimeout(r, 1000));
  }
}

export async function startBenchShop(root: string, log: CheckoutLog): Promise<BenchShop> {
  const scratch = await mkdtemp(join(SCRATCH, 'bench-checkout-'));
  // the Cognito twin's port comes from the environment: a free one keeps us off anyone's running npm start
  process.env.COGNITO_PORT = String(await freePort());
  const shop = await startShop({
    root,
    dataDir: join(scratch, 'data'),
    outputsFile: join(scratch, 'outputs.json'),
    port: 0,
    seed: false,
    log: (line) => log.sink(line),
    progress: (line) => console.log(`  ${line}`),
  });
  const tableName = Object.values(shop.tables)[0];
  const client = new DynamoDBClient({
    endpoint: shop.endpoints.dynamodb,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
  });
  const adminUser = shop.outputs.users.find((u) => u.groups.includes('admin'));
  if (!adminUser || !tableName) throw new Error('the local stack has no admin user or no table');
  return {
    outputs: shop.outputs,
    admin: await signIn(shop.outputs, adminUser.email, adminUser.password),
    async getItem(key) {
      const out = await client.send(
        new GetItemCommand({
          TableName: tableName,
          Key: { pk: { S: key.pk }, sk: { S: key.sk } },
          ConsistentRead: true,
        }),
      );
      return out.Item ? unmarshall(out.Item) : null;
    },
    async stop() {
      await quiet(log);
      client.destroy();
      await shop.stop();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}

export async function createCategory(shop: BenchShop, slug: string): Promise<string> {
  const query = 'mutation($input: CreateCategoryInput!) { createCategory(input: $input) { id } }';
  const body = await post<{ createCategory: { id: string } }>(
    shop.outputs.graphqlUrl,
    query,
    { input: { slug, name: slug } },
    shop.admin.headers,
  );
  return dataOf(body, 'createCategory').createCategory.id;
}

export async function createProduct(shop: BenchShop, categoryId: string, spec: ProductSpec): Promise<string> {
  const query = 'mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }';
  const input = {
    slug: spec.slug,
    name: `Product ${spec.slug}`,
    categoryId,
    status: 'ACTIVE',
    variants: spec.variants.map((v) => ({
      sku: v.sku,
      name: `Size ${v.sku}`,
      price: { amount: v.price },
      stock: v.stock,
    })),
  };
  const body = await post<{ createProduct: { id: string } }>(
    shop.outputs.graphqlUrl,
    query,
    { input },
    shop.admin.headers,
  );
  return dataOf(body, `createProduct ${spec.slug}`).createProduct.id;
}
