// bench/search: search on `npm start`'s stack (startShop in process, no seed, own data dir, port 0).
// For each catalog size (10,000 and 100,000 products; quick: 1,000 and 10,000; or --sizes) it measures
// bulk loading through the real path (table writes -> stream -> catalog-changes -> search twin), split
// into DynamoDB Local's write rate and how long indexing trailed the last write, so the table says which
// engine bounds it; then searchProducts per query shape against listProducts over GraphQL in the same
// run (latency.ts, with the ratio), the index's lag behind the table, and the process's memory (the twin
// runs in it). Prints tables, writes JSON. README.md.
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
import { writeCatalog, type Category } from './catalog.ts';
import { measureShapes, type ShapeLatency } from './latency.ts';
import { fillTwin } from './twin.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const QUICK = process.env.BENCH_QUICK === '1';
const QUERIES = QUICK ? 20 : 60;
const CHANGES = QUICK ? 40 : 100;
const PRICE = 'mutation Price($sku: ID!, $a: Int!) { setVariantPrice(sku: $sku, price: { amount: $a }) { sku } }';

const fmt = (n: number | null, digits = 1) => (n === null || !Number.isFinite(n) ? 'n/a' : n.toFixed(digits));
const mb = (bytes: number) => bytes / 2 ** 20;

interface SizeResult {
  products: number;
  /** new products in this step */
  added: number;
  /** of which straight into the twin over `_bulk` (--bulk-from), not through the table */
  bulkLoaded: number;
  writeSeconds: number;
  /** table items (a product and two variants each) per second, DynamoDB Local's BatchWriteItem */
  itemsWrittenPerSecond: number;
  indexedSeconds: number;
  /** how long the twin's count trailed the last table write */
  drainSeconds: number;
  /** products/s the stream path indexed once the writes had stopped (what it does without DynamoDB Local busy) */
  drainPerSecond: number;
  indexedPerSecond: number;
  /** seconds to load `bulkLoaded` products over `_bulk` */
  bulkSeconds: number;
  shapes: ShapeLatency[];
  lag: { p50: number; p99: number; max: number; changes: number };
  memory: { rssMb: number; heapUsedMb: number };
}

async function main() {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      sizes: { type: 'string' },
      lanes: { type: 'string' },
      'bulk-from': { type: 'string' },
    },
  });
  // products beyond this go straight into the twin over `_bulk` (as a held-out check fills it), not the table
  const bulkFrom = values['bulk-from'] === undefined ? Infinity : Number(values['bulk-from']);
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : QUICK ? [1_000, 10_000] : [10_000, 100_000];
  const lanes = Number(values.lanes ?? 8);
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
  let inTable = 0;
  for (const size of sizes) {
    const add = size - written;
    console.log(`\n  writing ${add} products (to ${size}) …`);
    const started = performance.now();
    const toTable = Math.max(0, Math.min(size, bulkFrom) - written);
    await writeCatalog({ client: dynamodb, tableName, run: 'R', from: written, count: toTable, categories, lanes });
    const wroteAt = performance.now();
    const indexedAtWrite = (await count()) - written;
    while ((await count()) < written + toTable) await new Promise((r) => setTimeout(r, 200));
    const indexedAt = performance.now();
    if (size > written + toTable) await fillTwin(search, written + toTable, size, { run: 'R', categories });
    const bulkSeconds = (performance.now() - indexedAt) / 1000;
    written = size;
    inTable += toTable;
    console.log(`  indexed in ${((indexedAt - started) / 1000).toFixed(1)} s; searching …`);
    const shapes = await measureShapes(outputs.graphqlUrl, anonymous, categories, QUERIES);
    const lag = await measureLag(outputs.graphqlUrl, admin.headers, search, inTable, results.length);
    global.gc?.();
    const memory = process.memoryUsage();
    results.push({
      products: size,
      added: add,
      bulkLoaded: add - toTable,
      writeSeconds: (wroteAt - started) / 1000,
      itemsWrittenPerSecond: (3 * toTable) / ((wroteAt - started) / 1000),
      indexedSeconds: (indexedAt - started) / 1000,
      drainSeconds: (indexedAt - wroteAt) / 1000,
      drainPerSecond: (toTable - indexedAtWrite) / ((indexedAt - wroteAt) / 1000),
      indexedPerSecond: toTable / ((indexedAt - started) / 1000),
      bulkSeconds,
      shapes,
      lag,
      memory: { rssMb: mb(memory.rss), heapUsedMb: mb(memory.heapUsed) },
    });
  }

  printTable(
    'bulk loading: table writes -> stream -> catalog-changes -> search twin (new products in this step)',
    results.map((r) => ({
      products: r.products,
      added: r.added,
      'via _bulk': r.bulkLoaded,
      '_bulk s': fmt(r.bulkSeconds),
      'write s': fmt(r.writeSeconds),
      'items/s written': fmt(r.itemsWrittenPerSecond, 0),
      'indexed s': fmt(r.indexedSeconds),
      'trailed last write s': fmt(r.drainSeconds),
      'then products/s': fmt(r.drainPerSecond, 0),
      'products/s': fmt(r.indexedPerSecond, 0),
      'rss MB': fmt(r.memory.rssMb, 0),
      'heap MB': fmt(r.memory.heapUsedMb, 0),
    })),
  );
  printTable(
    `searchProducts vs listProducts over GraphQL, ${QUERIES} calls each, interleaved (same run)`,
    results.flatMap((r) =>
      r.shapes.map((s) => ({
        products: r.products,
        shape: s.shape,
        total: s.total,
        'search p50': fmt(s.search.p50),
        'search p99': fmt(s.search.p99),
        'list p50': fmt(s.list.p50),
        'list p99': fmt(s.list.p99),
        'ratio p50': `${fmt(s.ratio, 2)}x`,
      })),
    ),
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
async function measureLag(url: string, headers: Record<string, string>, search: Client, size: number, round: number) {
  const ms: number[] = [];
  for (let i = 0; i < CHANGES; i++) {
    const n = Math.floor((i * 7919) % size);
    // a price no earlier round set, so each change is a new one
    const amount = 50_000 + round * CHANGES + i;
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
