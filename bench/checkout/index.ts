// bench/checkout: checkout on `npm start`'s stack (startShop in process, no seed, own data dir,
// port 0) — checkouts per second and p50/p99 at 1, 8 and 32 concurrent shoppers; a flash sale of
// 200 shoppers for 100 units; DynamoDB calls and capacity per checkout of 1, 10 and 50 lines next
// to the floor. Prints tables and writes JSON (bench/results/checkout.json or --out). See README.md.
import '../lib/sdk-quiet.ts';
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { printTable, signUpShoppers } from '../lib/index.ts';
import { createCatalog } from './catalog.ts';
import { measureCost, type CostResult } from './cost.ts';
import { flashSale, type FlashSaleResult } from './flash-sale.ts';
import { createCheckoutLog } from './request-log.ts';
import { startBenchShop } from './shop.ts';
import { measureLevel, type LevelResult } from './throughput.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const QUICK = process.env.BENCH_QUICK === '1';
/** checkouts per concurrency level: fixed counts, so a slow machine takes longer but measures the same work */
const LEVELS: Array<{ concurrency: number; checkouts: number }> = QUICK
  ? [
      { concurrency: 1, checkouts: 20 },
      { concurrency: 8, checkouts: 80 },
      { concurrency: 32, checkouts: 160 },
    ]
  : [
      { concurrency: 1, checkouts: 60 },
      { concurrency: 8, checkouts: 240 },
      { concurrency: 32, checkouts: 400 },
    ];
const LINES_PER_CART = 3;
const FLASH_SHOPPERS = 200;
const FLASH_STOCK = 100;
const COST_LINES = [1, 10, 50];

const fmt = (n: number | null, digits = 1) => (n === null || !Number.isFinite(n) ? 'n/a' : n.toFixed(digits));
const errorText = (errors: Record<string, number>) =>
  Object.entries(errors)
    .map(([type, n]) => `${type} ×${n}`)
    .join(', ') || 'none';

const since = (t: number) => ((performance.now() - t) / 1000).toFixed(0);

function machine() {
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  };
  return {
    cpu: cpus()[0]?.model ?? 'cpu',
    cpus: cpus().length,
    node: process.version,
    loadAverageAtStart: loadavg().map((l) => Number(l.toFixed(2))),
    gitCommit: git(['rev-parse', '--short', 'HEAD']),
  };
}

function printLevels(levels: LevelResult[]) {
  printTable(
    `checkout throughput — ${LINES_PER_CART} lines per cart, carts filled before the timed part`,
    levels.map((l) => ({
      shoppers: l.concurrency,
      checkouts: l.checkouts,
      'checkouts/s': fmt(l.checkoutsPerSecond),
      'p50 ms': fmt(l.p50),
      'p99 ms': fmt(l.p99),
      'max ms': fmt(l.max),
      'in-server p50 ms': fmt(l.inServerP50),
      'calls/checkout': fmt(l.meanCalls, 2),
      errors: errorText(l.errors),
    })),
  );
}

function printFlash(f: FlashSaleResult) {
  printTable(`flash sale — ${f.shoppers} shoppers, ${f.initialStock} units of one SKU, every checkout fired at once`, [
    {
      orders: f.orders,
      'units sold': f.unitsSold,
      oversold: f.oversold,
      'stock after': f.stockAfter ?? 'missing',
      InsufficientStock: f.insufficientStock,
      'other errors': errorText(
        Object.fromEntries(Object.entries(f.errors).filter(([t]) => t !== 'InsufficientStock')),
      ),
      'sold out s': fmt(f.secondsToSellOut, 3),
      'all answered s': fmt(f.secondsToAllAnswered, 3),
      verdict: f.correct ? 'correct' : 'WRONG',
    },
  ]);
}

function printCosts(costs: CostResult[]) {
  printTable(
    'DynamoDB per checkout (from the request log) next to the floor (least any design could spend)',
    costs.map((c) => ({
      lines: c.lines,
      calls: c.calls ?? 'n/a',
      'floor calls': c.floorCalls,
      RCU: fmt(c.rcu),
      'floor RCU': c.floorRcu,
      WCU: fmt(c.wcu),
      'floor WCU': c.floorWcu,
      'floor WCU if items ≤1 KB': c.floorWcuSmallItems,
      'order item B': c.bytes.order,
      'cart item B': c.bytes.cart,
      'in-server ms': fmt(c.inServerMs),
      'calls (ms each)':
        c.operations.map((op, i) => `${op} ${fmt(c.callMs[i] ?? null)}`).join(', ') || (c.error ?? 'no log line'),
    })),
  );
  console.log(
    "\nfloor: 1 read (cart + each line's variant, one BatchGetItem, if the SKUs were known up front) + 1 " +
      'TransactWriteItems; RCU = 1 per started 4 KB per item read (strongly consistent); ' +
      'WCU = 2 per started 1 KB per transaction item (lines + order + checkout key + cart delete). ' +
      'RCU/WCU show n/a until the server logs consumed capacity.',
  );
}

async function main() {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const out = resolve(values.out ?? join(root, 'bench/results/checkout.json'));
  const info = machine();
  const started = performance.now();
  const log = createCheckoutLog();
  console.log(`bench/checkout on ${info.cpu} ×${info.cpus}, load average ${info.loadAverageAtStart.join(' ')}`);
  console.log('starting the shop in process (startShop, seed: false, port 0)');
  const shop = await startBenchShop(root, log);
  try {
    const { categoryId, skus } = await createCatalog(shop);
    console.log(`  catalog: ${skus} SKUs with 1,000,000 in stock each`);
    const signUpStarted = performance.now();
    const shoppers = await signUpShoppers(shop.outputs, FLASH_SHOPPERS);
    console.log(
      `  ${shoppers.length} shoppers signed up in ${((performance.now() - signUpStarted) / 1000).toFixed(1)} s`,
    );

    // not reported: JITs, the resolver sandbox and DynamoDB Local's first transactions
    await measureLevel(shop.outputs, shoppers, log, { concurrency: 8, checkouts: 80, lines: LINES_PER_CART });
    const levels: LevelResult[] = [];
    for (const level of LEVELS) {
      levels.push(await measureLevel(shop.outputs, shoppers, log, { ...level, lines: LINES_PER_CART }));
      const rate = fmt(levels.at(-1)?.checkoutsPerSecond ?? null);
      console.log(`  ${level.concurrency} shoppers: ${rate} checkouts/s (${since(started)} s in)`);
    }
    const flash = await flashSale(shop, categoryId, shoppers, FLASH_STOCK);
    console.log(`  flash sale done (${since(started)} s in)`);
    // a shopper of its own: flash-sale losers keep the sold-out SKU in their carts
    const [costShopper] = await signUpShoppers(shop.outputs, 1);
    const costs: CostResult[] = [];
    for (const n of COST_LINES) costs.push(await measureCost(shop, costShopper as (typeof shoppers)[number], log, n));

    printLevels(levels);
    printFlash(flash);
    printCosts(costs);
    const seconds = (performance.now() - started) / 1000;
    const result = {
      date: new Date().toISOString(),
      machine: { ...info, loadAverageAtEnd: loadavg().map((l) => Number(l.toFixed(2))) },
      settings: { quick: QUICK, linesPerCart: LINES_PER_CART, levels: LEVELS, flashShoppers: FLASH_SHOPPERS },
      levels,
      flashSale: flash,
      costs,
      seconds,
    };
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\nwrote ${out} (${seconds.toFixed(0)} s in all)`);
    if (!flash.correct || levels.some((l) => Object.keys(l.errors).length > 0)) process.exitCode = 1;
  } finally {
    await shop.stop();
  }
}

await main();
