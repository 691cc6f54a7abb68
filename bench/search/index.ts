// bench/search: search on `npm start`'s stack (startShop in process, no seed, own data dir, port 0).
// For each catalog size (10,000 and 100,000 products; quick: 1,000 and 10,000) it measures indexing
// throughput (table writes -> stream -> indexer Lambda -> search twin), searchProducts p50/p99 over
// GraphQL next to listProducts (DynamoDB) as the same-run baseline, the index's lag behind the table
// under a stream of price changes, and the process's memory. Prints tables, writes JSON. README.md.
import '../lib/sdk-quiet.ts';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Client } from '@opensearch-project/opensearch';
import { AwsSigv4Signer } from '@opensearch-project/opensearch/aws';
import { PRODUCT_INDEX } from '../../contracts/index.ts';
import { freePort } from '../../local/engines/index.ts';
import { startShop } from '../../local/start/index.ts';
import { printTable, signIn, percentile, dataOf, post } from '../lib/index.ts';
import { WORDS, writeCatalog, type Category } from './catalog.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const QUICK = process.env.BENCH_QUICK === '1';
const SIZES = QUICK ? [1_000, 10_000] : [10_000, 100_000];
const QUERIES = QUICK ? 100 : 300;
const CHANGES = QUICK ? 40 : 100;

const SEARCH =
  'query Search($q: String, $f: ProductSearchFilter, $s: ProductSort) { searchProducts(query: $q, filter: $f, ' +
  'sort: $s, limit: 20) { total items { id name priceFrom { amount } } facets { categories { value count } } } }';
const LIST = 'query List { listProducts(limit: 20) { items { id name priceFrom { amount } } } }';
const PRICE = 'mutation Price($sku: ID!, $a: Int!) { setVariantPrice(sku: $sku, price: { amount: $a }) { sku } }';

const fmt = (n: number | null, digits = 1) => (n === null || !Number.isFinite(n) ? 'n/a' : n.toFixed(digits));
const mb = (bytes: number) => bytes / 2 ** 20;

interface SizeResult {
  products: number;
  writeSeconds: number;
  indexedSeconds: number;
  indexedPerSecond: number;
  search: { p50: number; p99: number; max: number };
  listBaseline: { p50: number; p99: number; max: number };
  lag: { p50: number; p99: number; max: number; changes: number };
  memory: { rssMb: number; heapUsedMb: number };
}

async function timed(n: number, call: (i: number) => Promise<void>) {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await call(i);
    ms.push(performance.now() - started);
  }
  return { p50: percentile(ms, 50), p99: percentile(ms, 99), max: Math.max(...ms) };
}

async function main() {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const scratch = await mkdtemp(join(process.env.BENCH_TMPDIR ?? tmpdir(), 'bench-search-'));
  process.env.COGNITO_PORT = String(await freePort());
  const shop = await startShop({
    root,
    dataDir: join(scratch, 'data'),
    outputsFile: join(scratch, 'outputs.json'),
    port: 0,
    seed: false,
    log: () => undefined,
    progress: (line) => console.log(`  ${line}`),
  });
  const { outputs } = shop;
  const tableName = Object.values(shop.tables)[0] as string;
  const endpoint = shop.endpoints.search;
  if (!endpoint) throw new Error('the local stack has no search twin');
  const dynamodb = new DynamoDBClient({
    endpoint: shop.endpoints.dynamodb,
    region: outputs.region,
    credentials: outputs.iam,
  });
  const search = new Client({
    ...AwsSigv4Signer({ region: outputs.region, service: 'es', getCredentials: async () => outputs.iam }),
    node: endpoint,
  });
  const adminUser = outputs.users.find((u) => u.groups.includes('admin'));
  if (!adminUser) throw new Error('no local admin user');
  const admin = await signIn(outputs, adminUser.email, adminUser.password);
  const anonymous = { 'x-api-key': outputs.apiKey };

  const categories: Category[] = [];
  for (const slug of ['lighting', 'furniture', 'textiles', 'kitchen', 'garden']) {
    const body = await post<{ createCategory: Category }>(
      outputs.graphqlUrl,
      'mutation($s: String!) { createCategory(input: { slug: $s, name: $s }) { id slug name parentId } }',
      { s: slug },
      admin.headers,
    );
    categories.push(dataOf(body, 'createCategory').createCategory);
  }
  const count = async () => Number((await search.count({ index: PRODUCT_INDEX })).body.count);

  const results: SizeResult[] = [];
  let written = 0;
  for (const size of SIZES) {
    const add = size - written;
    console.log(`\n  writing ${add} products (to ${size}) …`);
    const started = performance.now();
    await writeCatalog({ client: dynamodb, tableName, run: 'R', from: written, count: add, categories });
    const writeSeconds = (performance.now() - started) / 1000;
    while ((await count()) < size) await new Promise((r) => setTimeout(r, 200));
    const indexedSeconds = (performance.now() - started) / 1000;
    written = size;

    const searchMs = await timed(QUERIES, async (i) => {
      const word = WORDS[i % WORDS.length] as string;
      const variables = [
        { q: word },
        { q: `${word.slice(0, -1)}x` },
        { f: { categoryIds: [categories[i % categories.length]?.id], inStock: true }, s: 'PRICE_ASC' },
        { q: word, f: { minPrice: 1000, maxPrice: 20000 }, s: 'NEWEST' },
      ][i % 4] as Record<string, unknown>;
      dataOf(await post(outputs.graphqlUrl, SEARCH, variables, anonymous), 'searchProducts');
    });
    const listMs = await timed(QUERIES, async () => {
      dataOf(await post(outputs.graphqlUrl, LIST, {}, anonymous), 'listProducts');
    });
    const lag = await measureLag(outputs.graphqlUrl, admin.headers, search, size);
    const memory = process.memoryUsage();
    results.push({
      products: size,
      writeSeconds,
      indexedSeconds,
      indexedPerSecond: add / indexedSeconds,
      search: searchMs,
      listBaseline: listMs,
      lag,
      memory: { rssMb: mb(memory.rss), heapUsedMb: mb(memory.heapUsed) },
    });
  }

  printTable(
    'indexing: table writes -> stream -> indexer -> search twin (new products in this step)',
    results.map((r) => ({
      products: r.products,
      'write s': fmt(r.writeSeconds),
      'indexed s': fmt(r.indexedSeconds),
      'products/s': fmt(r.indexedPerSecond, 0),
      'rss MB': fmt(r.memory.rssMb, 0),
      'heap MB': fmt(r.memory.heapUsedMb, 0),
    })),
  );
  printTable(
    `latency over GraphQL, ${QUERIES} sequential calls each (baseline: listProducts on DynamoDB, same run)`,
    results.flatMap((r) => [
      { products: r.products, call: 'searchProducts', 'p50 ms': fmt(r.search.p50), 'p99 ms': fmt(r.search.p99) },
      {
        products: r.products,
        call: 'listProducts',
        'p50 ms': fmt(r.listBaseline.p50),
        'p99 ms': fmt(r.listBaseline.p99),
      },
    ]),
  );
  printTable(
    `index lag behind the table: ${CHANGES} price changes, mutation answered -> visible in the index`,
    results.map((r) => ({
      products: r.products,
      'p50 ms': fmt(r.lag.p50),
      'p99 ms': fmt(r.lag.p99),
      'max ms': fmt(r.lag.max),
    })),
  );

  const out = resolve(values.out ?? join(root, 'bench/results/search.json'));
  await mkdir(dirname(out), { recursive: true });
  const machine = { cpu: cpus()[0]?.model ?? 'cpu', cpus: cpus().length, node: process.version, load: loadavg() };
  await writeFile(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), quick: QUICK, machine, results }, null, 2)}\n`,
  );
  console.log(`\nwrote ${out}`);
  search.close();
  dynamodb.destroy();
  await shop.stop();
  await rm(scratch, { recursive: true, force: true });
}

/** Reprices one variant of a generated product at a time and polls the index until the new price shows. */
async function measureLag(url: string, headers: Record<string, string>, search: Client, size: number) {
  const ms: number[] = [];
  for (let i = 0; i < CHANGES; i++) {
    const n = Math.floor((i * 7919) % size);
    const amount = 50_000 + i;
    const started = performance.now();
    dataOf(await post(url, PRICE, { sku: `BR-${n}-A`, a: amount }, headers), 'setVariantPrice');
    const answered = performance.now();
    const id = `01BENCHR${String(n).padStart(18, '0')}`;
    for (;;) {
      const doc = await search.get({ index: PRODUCT_INDEX, id });
      if ((doc.body._source as { priceMax?: number } | undefined)?.priceMax === amount) break;
      if (performance.now() - started > 30_000) throw new Error(`price change of ${id} not indexed in 30 s`);
      await new Promise((r) => setTimeout(r, 20));
    }
    ms.push(performance.now() - answered);
  }
  return { p50: percentile(ms, 50), p99: percentile(ms, 99), max: Math.max(...ms), changes: CHANGES };
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
