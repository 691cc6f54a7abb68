// bench/web: the storefront as a browser gets it from `npm start` (a child process, demo catalog,
// own data dir, free ports). JavaScript per page (bytes, gzip level 9, files; the landing page against
// the 200 KB gzip target) and navigation → first product list, median/p90 over cold contexts, next to
// the same listProducts sent with plain fetch (the wire floor). Prints tables, writes JSON. README.md.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { print } from 'graphql';
import type { Browser } from 'playwright-core';
import { ProductListDocument } from '../../clients/index.ts';
import { ensureWebBuild } from '../../local/web/index.ts';
import { printTable, startShopProcess, type ShopProcess } from '../lib/index.ts';
import { launchChromium } from './chromium.ts';
import { appRun, floorRun, mobileRun, summarize, type Timings } from './first-list.ts';
import { measurePageScripts, type PageScripts } from './javascript.ts';
import { benchPages } from './pages.ts';
import { signInAll } from './sessions.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const QUICK = process.env.BENCH_QUICK === '1';
/** the landing page's JavaScript, gzip, at most (issue 11); 1 KB = 1,024 B */
const TARGET_GZIP_BYTES = 200 * 1024;
/** the home page's own listProducts (shop.tsx: ProductListDocument, limit 12), for the wire floor */
const HOME_LIST = { query: print(ProductListDocument), variables: { limit: 12 } };

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (n: number) => n.toFixed(1);

function settings() {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, runs: { type: 'string' }, 'skip-build': { type: 'boolean', default: false } },
  });
  const runs = Number(values.runs ?? process.env.BENCH_RUNS ?? (QUICK ? 5 : 20));
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1, not ${values.runs}`);
  const out = resolve(values.out ?? join(root, 'bench/results/web.json'));
  return { runs, out, build: !values['skip-build'] };
}

function machine() {
  let gitCommit: string | null = null;
  try {
    gitCommit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout: the JSON says null
  }
  const load = () => loadavg().map((l) => Number(l.toFixed(2)));
  return { cpu: cpus()[0]?.model ?? 'cpu', cpus: cpus().length, node: process.version, load: load(), gitCommit };
}

async function firstProductId(shop: ShopProcess): Promise<string> {
  const response = await fetch(shop.outputs.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': shop.outputs.apiKey },
    body: JSON.stringify({ query: '{ listProducts(limit: 1) { items { id } } }' }),
  });
  const body = (await response.json()) as { data?: { listProducts?: { items?: Array<{ id: string }> } } };
  const id = body.data?.listProducts?.items?.[0]?.id;
  if (!id) throw new Error(`the demo catalog has no product: ${JSON.stringify(body)}`);
  return id;
}

async function measureScripts(browser: Browser, shop: ShopProcess): Promise<PageScripts[]> {
  const sessions = await signInAll(browser, shop.origin, shop.outputs);
  const results: PageScripts[] = [];
  for (const spec of benchPages(await firstProductId(shop))) {
    results.push(await measurePageScripts(browser, shop.origin, spec, sessions));
    console.log(`  ${spec.name}: ${results.at(-1)?.files.length} JS files`);
  }
  return results;
}

/** App and floor runs interleaved, so drift of the shared machine hits both; one unreported warm-up each. */
async function measureFirstList(browser: Browser, origin: string, runs: number) {
  const floor = () => floorRun(browser, origin, HOME_LIST.query, HOME_LIST.variables);
  await appRun(browser, origin);
  await mobileRun(browser, origin);
  await floor();
  const app: number[] = [];
  const mobile: number[] = [];
  const wire: number[] = [];
  for (let i = 0; i < runs; i++) {
    app.push(await appRun(browser, origin));
    mobile.push(await mobileRun(browser, origin));
    wire.push(await floor());
  }
  return {
    app: summarize(app),
    mobile: summarize(mobile),
    floor: summarize(wire),
    appOverFloor: summarize(app.map((t, i) => t - (wire[i] ?? Number.NaN))),
    mobileOverFloor: summarize(mobile.map((t, i) => t - (wire[i] ?? Number.NaN))),
  };
}

function printScripts(pages: PageScripts[]) {
  printTable(
    `JavaScript per page (fresh context each; gzip: zlib level 9; first page ≤ ${kb(TARGET_GZIP_BYTES)} KB gzip)`,
    pages.map((p, i) => ({
      page: p.page,
      'signed in': p.role === 'anonymous' ? 'no' : p.role,
      'JS files': p.files.length,
      KB: kb(p.bytes),
      'KB gzip': kb(p.gzipBytes),
      target: i === 0 ? (p.gzipBytes <= TARGET_GZIP_BYTES ? 'PASS' : 'FAIL') : '',
    })),
  );
}

type FirstList = Record<'app' | 'mobile' | 'floor' | 'appOverFloor' | 'mobileOverFloor', Timings>;

function printFirstList(first: FirstList) {
  printTable(`navigation → first product list, ${first.app.runs} cold contexts each (nearest-rank)`, [
    {
      what: 'app: /shop/ → first product card painted',
      'median ms': ms(first.app.median),
      'p90 ms': ms(first.app.p90),
    },
    {
      what: 'mobile: /mobile/ → first product tile painted',
      'median ms': ms(first.mobile.median),
      'p90 ms': ms(first.mobile.p90),
    },
    { what: 'floor: listProducts by fetch', 'median ms': ms(first.floor.median), 'p90 ms': ms(first.floor.p90) },
    {
      what: 'app over the floor (run by run)',
      'median ms': ms(first.appOverFloor.median),
      'p90 ms': ms(first.appOverFloor.p90),
    },
    {
      what: 'mobile over the floor (run by run)',
      'median ms': ms(first.mobileOverFloor.median),
      'p90 ms': ms(first.mobileOverFloor.p90),
    },
  ]);
}

function verdict(pages: PageScripts[]) {
  const first = pages[0];
  const pass = (first?.gzipBytes ?? Infinity) <= TARGET_GZIP_BYTES;
  return { page: first?.page, gzipBytes: first?.gzipBytes, maxGzipBytes: TARGET_GZIP_BYTES, pass };
}

async function writeResult(out: string, result: object) {
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nwrote ${out}`);
}

async function main() {
  const { runs, out, build } = settings();
  const info = machine();
  console.log(`bench/web on ${info.cpu} ×${info.cpus}, load average ${info.load.join(' ')}, ${runs} runs`);
  // the bytes measured are those of the current source, not of an older dist/web
  if (build) execFileSync('npm', ['run', '--silent', 'build:web'], { cwd: root, stdio: 'inherit' });
  // npm start builds the mobile app in the background; the bench waits for it first (a no-op when current).
  await ensureWebBuild(root, 'mobile');
  const shop = await startShopProcess({ root, progress: (line) => console.log(`  ${line}`) });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const pages = await measureScripts(browser, shop);
    const firstList = await measureFirstList(browser, shop.origin, runs);
    printScripts(pages);
    printFirstList(firstList);
    const run = { date: new Date().toISOString(), quick: QUICK, machine: { ...info, loadAtEnd: loadavg() } };
    await writeResult(out, { ...run, settings: { runs, build }, target: verdict(pages), pages, firstList });
  } finally {
    await browser?.close();
    await shop.stop();
  }
}

await main();
