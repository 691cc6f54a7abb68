// bench/search twin: the search twin alone, in its own process (twin-server.ts), filled over its OpenSearch
// API (`_bulk` through the official client, from this process) with the generated catalog's documents, then
// each searchProducts shape sent as the resolver sends it (resolvers/lib/search-request.ts). It measures the
// engine without the API, DynamoDB or the stream: fill rate, per-shape p50 and the twin process's resident
// memory. `--engine <dir>` loads another copy of local/search (to compare a change in one run); README.md.
import '../lib/sdk-quiet.ts';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { Client } from '@opensearch-project/opensearch';
import { AwsSigv4Signer } from '@opensearch-project/opensearch/aws';
import { PRODUCT_INDEX } from '../../contracts/index.ts';
import { productDocument } from '../../functions/search-indexer/index.ts';
import { percentile } from '../lib/index.ts';
import { productItems, random, type Category } from './catalog.ts';
import { SHAPES, shapeBody } from './shapes.ts';
import { TWIN_KEY } from './twin-server.ts';

const REGION = 'us-east-1';

/** The resident memory of a process, from /proc (Linux). */
function rssMb(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(line?.[1] ?? Number.NaN) / 1024;
}

async function startTwin(engine: string) {
  const child = spawn(
    process.execPath,
    [...process.execArgv, new URL('twin-server.ts', import.meta.url).pathname, engine],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout });
  const first = await new Promise<string>((ok) => lines.once('line', ok));
  return { ...(JSON.parse(first) as { endpoint: string; pid: number }), stop: () => child.stdin.end() };
}

export const CATEGORIES: Category[] = ['lighting', 'furniture', 'textiles', 'kitchen', 'garden'].map((slug, i) => ({
  id: `01BENCHCATEGORY${String(i).padStart(11, '0')}`,
  slug,
  name: slug,
  parentId: null,
}));

/** Bulk-loads products [from, to) of the generated catalog (run `run`), `batch` per request. */
export async function fillTwin(
  client: Client,
  from: number,
  to: number,
  options: { run?: string; categories?: Category[]; batch?: number } = {},
): Promise<void> {
  const { run = 'T', categories = CATEGORIES, batch = 250 } = options;
  const next = random(from + 1);
  for (let start = from; start < to; start += batch) {
    const body: unknown[] = [];
    for (let n = start; n < Math.min(to, start + batch); n++) {
      const [product, ...variants] = productItems(run, n, categories, next);
      const doc = productDocument({ product: product as Record<string, unknown>, variants });
      body.push({ index: { _index: PRODUCT_INDEX, _id: doc.id, version: 1, version_type: 'external_gte' } }, doc);
    }
    const answer = await client.bulk({ body: body as Array<Record<string, unknown>> });
    if ((answer.body as { errors: boolean }).errors) throw new Error('bulk load reported errors');
  }
}

async function main() {
  const { values } = parseArgs({
    options: { engine: { type: 'string' }, sizes: { type: 'string' }, queries: { type: 'string' } },
  });
  const dir = resolve(values.engine ?? new URL('../../local/search', import.meta.url).pathname);
  const sizes = (values.sizes ?? '10000,100000').split(',').map(Number);
  const queries = Number(values.queries ?? 50);
  const twin = await startTwin(dir);
  const client = new Client({
    ...AwsSigv4Signer({ region: REGION, service: 'es', getCredentials: async () => TWIN_KEY }),
    node: twin.endpoint,
  });
  let loaded = 0;
  const rows: Array<Record<string, string | number>> = [];
  for (const size of sizes) {
    const started = performance.now();
    await fillTwin(client, loaded, size);
    const fillSeconds = (performance.now() - started) / 1000;
    const perSecond = (size - loaded) / fillSeconds;
    loaded = size;
    const rss = rssMb(twin.pid);
    for (const shape of SHAPES) {
      const ms: number[] = [];
      let total = 0;
      for (let i = 0; i < queries; i++) {
        const body = shapeBody(shape, i, CATEGORIES);
        const t = performance.now();
        const res = await client.search({ index: PRODUCT_INDEX, body });
        ms.push(performance.now() - t);
        total = (res.body as { hits: { total: { value: number } } }).hits.total.value;
      }
      rows.push({
        products: size,
        shape: shape.name,
        'p50 ms': percentile(ms, 50).toFixed(1),
        'p99 ms': percentile(ms, 99).toFixed(1),
        'last total': total,
        'fill /s': perSecond.toFixed(0),
        'twin rss MB': rss.toFixed(0),
      });
    }
  }
  console.log(`engine: ${dir}`);
  console.table(rows);
  client.close();
  twin.stop();
}

if (process.argv[1] && resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
