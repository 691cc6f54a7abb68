// bench/server: product(id) over HTTP — throughput and p50/p99 latency at 1 and 32 connections —
// for our shop (startShop, in process) next to the floor (node:http + one SDK GetItem) and the peer
// (Amplify's AppSync simulator with a VTL GetItem resolver), all three on the same DynamoDB Local
// table holding 1,000 products (about 720 B each); plus seconds from `npm start` to the first
// answered query, cold and warm, and warm next to DynamoDB Local's JVM alone. Prints a table and
// writes bench/results/server.json. See README.md.
import '../lib/sdk-quiet.ts';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { arch, cpus, freemem, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startShop, type RunningShop } from '../../local/start/index.ts';
import { freePort } from '../../local/engines/index.ts';
import { printTable } from '../lib/index.ts';
import { cpuBetween, cpuSnapshot } from './cpu.ts';
import { hostServer } from './host.ts';
import { benchCatalog, ITEM_COUNT, loadCatalog } from './items.ts';
import { median, startLoadGenerator, type LoadGenerator, type LoadJob, type LoadSampleResult } from './load.ts';
import { ensurePeerInstalled, peerVersions } from './peer.ts';
import { createProfiler, summarizeProfile } from './profile.ts';
import { measureStartup, type StartupResult } from './startup.ts';
import { measureSideBySide, sideBySideRows, TARGET_GAP_SECONDS, type SideBySide } from './startup-vs-engine.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const QUICK = process.env.BENCH_QUICK === '1';
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP ?? (QUICK ? 1 : 3));
const SECONDS = Number(process.env.BENCH_SECONDS ?? (QUICK ? 3 : 10));
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? (QUICK ? 1 : 4));
/** load before the first row, not reported: DynamoDB Local's JIT needs tens of thousands of requests */
const ENGINE_WARMUP_SECONDS = Number(process.env.BENCH_ENGINE_WARMUP ?? (QUICK ? 5 : 15));
/**
 * the in-process shop's data dir (DynamoDB Local's SQLite file): tmpfs when there is one, like the reference's
 * in-memory engine
 */
const SCRATCH = process.env.BENCH_TMPDIR ?? (existsSync('/dev/shm') ? '/dev/shm' : tmpdir());
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '1,32').split(',').map(Number);
/** floor,peer,ours (default all); handy when profiling one of them */
const TARGET_FILTER = (process.env.BENCH_TARGETS ?? 'floor,peer,ours').split(',');
/** BENCH_STARTUP=0 skips the npm start timings */
const STARTUP = process.env.BENCH_STARTUP !== '0';
/** BENCH_TRACE=1 parses our request log (total and GetItem ms per request) during our rows */
const TRACE = process.env.BENCH_TRACE === '1';
/** BENCH_CPU_PROFILE=<dir>: V8 CPU profile of this process (our server) during our first sample per connection count */
const CPU_PROFILE = process.env.BENCH_CPU_PROFILE;
const REGION = 'us-east-1';
const QUERY = 'query($id: ID!) { product(id: $id) { id name slug status priceFrom { amount currency } } }';
const TARGETS = {
  floor: 'floor: node:http + SDK GetItem, no GraphQL',
  peer: 'peer: Amplify AppSync simulator, VTL GetItem',
  ours: 'ours: npm start (startShop), APPSYNC_JS GetItem',
} as const;
type TargetId = keyof typeof TARGETS;

interface Row {
  target: TargetId;
  label: string;
  connections: number;
  warmup: LoadSampleResult;
  samples: Array<LoadSampleResult & { cpu: Record<string, number> }>;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** median over the samples, percent of one core, per process */
  cpu: Record<string, number>;
  failed: boolean;
  failure?: string;
  trace?: { requests: number; totalMsP50: number; getItemMsP50: number; outsideGetItemMsP50: number };
}

function templateCurrency(): string {
  try {
    const dir = join(root, 'cdk.out');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.template.json'))) {
      const template = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
        Resources?: Record<string, { Type: string; Properties?: { EnvironmentVariables?: Record<string, unknown> } }>;
      };
      for (const r of Object.values(template.Resources ?? {})) {
        const currency =
          r.Type === 'AWS::AppSync::GraphQLApi' ? r.Properties?.EnvironmentVariables?.CURRENCY : undefined;
        if (typeof currency === 'string') return currency;
      }
    }
  } catch {
    // no cloud assembly yet: the resolvers' default
  }
  return 'USD';
}

function machine(): Record<string, unknown> {
  const run = (cmd: string, args: string[]) => {
    try {
      return execFileSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    } catch (err) {
      return (err as { stderr?: string }).stderr?.trim() ?? null;
    }
  };
  // java -version writes to stderr
  const javaVersion = spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr ?? '';
  let osName = `${process.platform} ${release()}`;
  try {
    osName = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? osName;
  } catch {
    // not Linux
  }
  const version = (pkg: string) =>
    (JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    cpu: cpus()[0]?.model ?? 'cpu',
    cpus: cpus().length,
    arch: arch(),
    os: osName,
    kernel: release(),
    memoryGb: Math.round(totalmem() / 2 ** 30),
    freeMemoryGb: Math.round(freemem() / 2 ** 30),
    loadAverageAtStart: loadavg().map((l) => Number(l.toFixed(2))),
    node: process.version,
    java:
      javaVersion
        .split('\n')
        .find((l) => l.includes('version'))
        ?.trim() ?? null,
    dynamodbLocal: `from amplify-dynamodb-simulator@${version('amplify-dynamodb-simulator')}`,
    awsSdkClientDynamodb: version('@aws-sdk/client-dynamodb'),
    graphql: version('graphql'),
    peer: peerVersions(root),
    gitCommit: run('git', ['rev-parse', '--short', 'HEAD']),
    gitDirty: (run('git', ['status', '--porcelain']) ?? '').length > 0,
  };
}

/** Our request log, parsed (BENCH_TRACE=1): "… 200 1.4 ms — 1 data-source call: ShopTable:GetItem 0.9 ms". */
function createTrace() {
  let on = false;
  let totals: number[] = [];
  let calls: number[] = [];
  return {
    sink(line: string) {
      if (!on) return;
      const total = / 200 (\d+(?:\.\d+)?) ms/.exec(line);
      const call = /:GetItem (\d+(?:\.\d+)?) ms/.exec(line);
      if (total) totals.push(Number(total[1]));
      if (call) calls.push(Number(call[1]));
    },
    start() {
      on = true;
      totals = [];
      calls = [];
    },
    stop() {
      on = false;
      const outside = totals.map((t, i) => t - (calls[i] ?? 0));
      return {
        requests: totals.length,
        totalMsP50: median(totals),
        getItemMsP50: median(calls),
        outsideGetItemMsP50: median(outside),
      };
    },
  };
}

const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '—');

interface Target {
  id: TargetId;
  url: string;
  /** its process, in cpuBetween's names (ours is this process) */
  process: string;
}

/**
 * One connection count: each target's warm-up, then the samples interleaved (sample 1 of every
 * target, then sample 2, …) so that drift of the machine hits every target alike.
 */
async function measureConnections(
  load: LoadGenerator,
  targets: Target[],
  job: Omit<LoadJob, 'url' | 'connections' | 'seconds'>,
  connections: number,
  names: Record<number, string>,
  trace: ReturnType<typeof createTrace> | undefined,
  profiler: ReturnType<typeof createProfiler> | undefined,
): Promise<Row[]> {
  const warmups = new Map<TargetId, LoadSampleResult>();
  for (const t of targets)
    warmups.set(t.id, await load.run({ ...job, url: t.url, connections, seconds: WARMUP_SECONDS }));
  const samples = new Map<TargetId, Row['samples']>(targets.map((t) => [t.id, []]));
  const traces: Array<ReturnType<ReturnType<typeof createTrace>['stop']>> = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    for (const t of targets) {
      if (trace && t.id === 'ours') trace.start();
      const profiling = profiler && t.id === 'ours' && i === 0;
      if (profiling) await profiler.start();
      const before = cpuSnapshot();
      const sample = await load.run({ ...job, url: t.url, connections, seconds: SECONDS });
      const cpu = cpuBetween(before, cpuSnapshot(), 'ours', names);
      if (trace && t.id === 'ours') traces.push(trace.stop());
      if (profiling) {
        const { file, profile } = await profiler.stop(`ours-x${connections}`);
        const summary = summarizeProfile(profile, root);
        const share = (us: number) =>
          `${((us / 1000 / summary.busyMs) * 100).toFixed(1).padStart(5)}%  ` +
          `${(us / sample.requests).toFixed(0).padStart(4)} µs/req`;
        console.log(
          `  CPU profile of this process during ours ×${connections} ` +
            `(${Math.round(summary.busyMs)} ms busy, ${sample.requests} requests) → ${file}`,
        );
        console.log(
          `  by caller's package or folder:\n${summary.groups
            .slice(0, 20)
            .map(([g, us]) => `    ${share(us)}  ${g}`)
            .join('\n')}`,
        );
        console.log(
          `  top functions (self):\n${summary.functions
            .slice(0, 15)
            .map(([f, us]) => `    ${share(us)}  ${f}`)
            .join('\n')}`,
        );
      }
      samples.get(t.id)!.push({ ...sample, cpu });
      console.log(
        `  ×${String(connections).padEnd(2)} sample ${i + 1}/${SAMPLES} ${t.id.padEnd(5)} ` +
          `${String(Math.round(sample.requestsPerSecond)).padStart(6)} req/s  ` +
          `p50 ${fmt(sample.p50)} ms  p99 ${fmt(sample.p99)} ms  CPU ${cpuText(cpu, t)}` +
          `${sample.non2xx + sample.errors + sample.timeouts + sample.wrongBodies > 0 ? '  (errors: see below)' : ''}`,
      );
    }
  }
  return targets.map((t) => {
    const own = samples.get(t.id) as Row['samples'];
    const all = [warmups.get(t.id) as LoadSampleResult, ...own];
    const bad = (k: 'non2xx' | 'errors' | 'timeouts' | 'wrongBodies') => all.reduce((n, x) => n + x[k], 0);
    const problems = [
      bad('non2xx') && `${bad('non2xx')} non-2xx`,
      bad('errors') && `${bad('errors')} errors`,
      bad('timeouts') && `${bad('timeouts')} timeouts`,
      bad('wrongBodies') &&
        `${bad('wrongBodies')} wrong bodies (first: ${all.find((x) => x.firstWrong)?.firstWrong ?? '?'})`,
    ].filter(Boolean) as string[];
    const traced =
      t.id === 'ours' && traces.length > 0
        ? {
            requests: traces.reduce((n, x) => n + x.requests, 0),
            totalMsP50: median(traces.map((x) => x.totalMsP50)),
            getItemMsP50: median(traces.map((x) => x.getItemMsP50)),
            outsideGetItemMsP50: median(traces.map((x) => x.outsideGetItemMsP50)),
          }
        : undefined;
    return {
      target: t.id,
      label: TARGETS[t.id],
      connections,
      warmup: warmups.get(t.id) as LoadSampleResult,
      samples: own,
      requestsPerSecond: median(own.map((x) => x.requestsPerSecond)),
      p50: median(own.map((x) => x.p50)),
      p99: median(own.map((x) => x.p99)),
      cpu: medianCpu(own.map((x) => x.cpu)),
      failed: problems.length > 0,
      ...(problems.length ? { failure: problems.join('; ') } : {}),
      ...(traced ? { trace: traced } : {}),
    };
  });
}

function medianCpu(list: Array<Record<string, number>>): Record<string, number> {
  const keys = [...new Set(list.flatMap((c) => Object.keys(c)))];
  return Object.fromEntries(keys.map((k) => [k, Math.round(median(list.map((c) => c[k] ?? 0)))]));
}

/** The target's own process, (ours) the sandbox workers, DynamoDB Local and the load generator. */
function cpuText(cpu: Record<string, number>, t: Target): string {
  const parts = [`server ${cpu[t.process] ?? 0}%`];
  if (t.id === 'ours') parts.push(`sandbox ${cpu['sandbox workers'] ?? 0}%`);
  parts.push(`DynamoDB Local ${cpu['DynamoDB Local'] ?? 0}%`, `load generator ${cpu['load generator'] ?? 0}%`);
  return parts.join(', ');
}

async function main(): Promise<void> {
  ensurePeerInstalled(root);
  const info = machine();
  console.log(
    `bench/server — ${String(info.cpu)} ×${String(info.cpus)}, Node ${process.version}; ` +
      `warm-up ${WARMUP_SECONDS}s, ${SAMPLES} × ${SECONDS}s per row${QUICK ? ' (BENCH_QUICK)' : ''}`,
  );
  const tmp = await mkdtemp(join(tmpdir(), 'bench-server-'));
  const cleanups: Array<() => Promise<void>> = [async () => rm(tmp, { recursive: true, force: true })];
  const cleanup = async () => {
    for (const c of cleanups.reverse()) await c().catch((err: unknown) => console.error(`cleanup: ${String(err)}`));
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));

  try {
    // --- npm start → first answered query, cold then warm (before anything else runs) ---
    let startup: { cold: StartupResult; warm: StartupResult; sideBySide: SideBySide } | undefined;
    if (STARTUP) {
      const dataDir = join(tmp, 'startup-data');
      console.log('\nnpm start → first answered query');
      const cold = await measureStartup(root, dataDir, join(tmp, 'startup-outputs-cold.json'));
      console.log(
        `  cold (fresh data dir` +
          `${cold.reusedCdkOut ? ', cdk.out reused' : cold.reusedCdkOut === false ? ', cdk synth ran' : ''}): ` +
          `${fmt(cold.secondsToFirstAnswer)} s; stop ${fmt(cold.secondsToStop)} s`,
      );
      const warm = await measureStartup(root, dataDir, join(tmp, 'startup-outputs-warm.json'));
      console.log(
        `  warm (same data dir${warm.reusedCdkOut ? ', cdk.out reused' : ''}): ` +
          `${fmt(warm.secondsToFirstAnswer)} s; stop ${fmt(warm.secondsToStop)} s`,
      );
      console.log('npm start (warm) next to DynamoDB Local alone, JVM started by hand');
      const sideBySide = await measureSideBySide(root, dataDir, tmp);
      startup = { cold, warm, sideBySide };
    }

    // --- our shop, in process, with the catalog loaded straight into its table ---
    console.log('\nstarting the shop in process (startShop, seed: false)');
    process.env.COGNITO_PORT = String(await freePort());
    const trace = TRACE ? createTrace() : undefined;
    let logLines = 0;
    const scratch = await mkdtemp(join(SCRATCH, 'bench-server-'));
    cleanups.push(async () => rm(scratch, { recursive: true, force: true }));
    const shop: RunningShop = await startShop({
      root,
      dataDir: join(scratch, 'shop-data'),
      outputsFile: join(tmp, 'shop-outputs.json'),
      port: 0,
      seed: false,
      // The request log is built as always, then dropped (printing 10,000 lines a second would measure the terminal).
      log: (line) => {
        logLines += 1;
        trace?.sink(line);
      },
      progress: (line) => console.log(`  ${line}`),
    });
    cleanups.push(() => shop.stop());
    const endpoint = shop.endpoints.dynamodb;
    const tableName = Object.values(shop.tables)[0];
    if (!endpoint || !tableName || Object.keys(shop.tables).length !== 1)
      throw new Error(`expected one table on DynamoDB Local, got ${JSON.stringify({ endpoint, tables: shop.tables })}`);
    const apiKey = shop.outputs.apiKey;
    const currency = templateCurrency();

    const products = benchCatalog(currency, ITEM_COUNT);
    const client = new DynamoDBClient({
      endpoint,
      region: REGION,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    cleanups.push(async () => client.destroy());
    const loadStarted = performance.now();
    await loadCatalog(client, tableName, products);
    const bytes = products.map((p) => p.bytes);
    console.log(
      `  loaded ${products.length} products (${Math.min(...bytes)}–${Math.max(...bytes)} B each ` +
        'as DynamoDB sizes items) ' +
        `into ${tableName} in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`,
    );

    const servers: Partial<Record<TargetId, string>> = { ours: shop.outputs.graphqlUrl };
    const names: Record<number, string> = {};
    for (const kind of ['floor', 'peer'] as const) {
      if (!TARGET_FILTER.includes(kind)) continue;
      const hosted = await hostServer(kind, {
        root,
        endpoint,
        region: REGION,
        tableName,
        apiKey,
        currency,
        port: await freePort(),
      });
      cleanups.push(() => hosted.close());
      servers[kind] = hosted.url;
      names[hosted.pid] = kind;
      console.log(`  ${TARGETS[kind]} at ${hosted.url} (pid ${hosted.pid})`);
    }
    const targets: Target[] = (Object.keys(TARGETS) as TargetId[])
      .filter((t) => TARGET_FILTER.includes(t) && servers[t])
      .map((id) => ({ id, url: servers[id] as string, process: id }));

    const bodies = products.map((p) => JSON.stringify({ query: QUERY, variables: { id: p.id } }));
    const expected = products.map((p) => `{"data":${p.expectedData}}`);
    // One request each first, to say what a target answers before loading it.
    for (const t of targets) {
      const text = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
        body: bodies[0],
      }).then((r) => r.text());
      if (text !== expected[0])
        console.log(
          `  note: ${t.id} answers ${text.slice(0, 300)} (expected ${expected[0]}); ` +
            'the load run checks it field by field',
        );
    }

    const load = startLoadGenerator(root);
    cleanups.push(() => load.close());
    const job = { headers: { 'content-type': 'application/json', 'x-api-key': apiKey }, bodies, expected };
    console.log(
      `\nload: autocannon in its own process, keep-alive, cycling through ${products.length} ids; ` +
        'floor and peer each in a process of their own, ours in this one',
    );
    console.log(
      `  warming up DynamoDB Local and the JITs: ${ENGINE_WARMUP_SECONDS}s at 32 connections ` +
        'through each target (not reported)',
    );
    for (const t of targets) await load.run({ ...job, url: t.url, connections: 32, seconds: ENGINE_WARMUP_SECONDS });
    const rows: Row[] = [];
    names[load.pid] = 'load generator';
    const profiler = CPU_PROFILE ? createProfiler(CPU_PROFILE) : undefined;
    for (const connections of CONNECTIONS)
      rows.push(...(await measureConnections(load, targets, job, connections, names, trace, profiler)));
    profiler?.close();

    // --- the report ---
    const find = (t: TargetId, c: number) => rows.find((r) => r.target === t && r.connections === c && !r.failed);
    const comparisons = CONNECTIONS.map((c) => {
      const [floor, peer, ours] = [find('floor', c), find('peer', c), find('ours', c)];
      const throughputVsPeer = ours && peer ? ours.requestsPerSecond / peer.requestsPerSecond : null;
      const p50AddedOverFloorMs = ours && floor ? ours.p50 - floor.p50 : null;
      return {
        connections: c,
        throughputVsPeer,
        p50AddedOverFloorMs,
        throughputTargetMet: throughputVsPeer === null ? null : throughputVsPeer >= 2,
        latencyTargetMet: p50AddedOverFloorMs === null ? null : p50AddedOverFloorMs <= 2,
      };
    });
    const title =
      `product(id) over HTTP — ${String(info.cpu)} ×${String(info.cpus)}, Node ${process.version}; ` +
      `${ITEM_COUNT} items; warm-up ${WARMUP_SECONDS}s, median of ${SAMPLES} × ${SECONDS}s`;
    printTable(
      title,
      rows.map((r) => ({
        target: r.label,
        conc: r.connections,
        'req/s': r.failed ? 'FAILED' : Math.round(r.requestsPerSecond).toLocaleString('en-US'),
        'p50 ms': r.failed ? '—' : fmt(r.p50),
        'p99 ms': r.failed ? '—' : fmt(r.p99),
        'CPU, median (one core = 100 %)': cpuText(r.cpu, targets.find((t) => t.id === r.target) as Target),
      })),
    );
    for (const r of rows.filter((x) => x.failed)) console.log(`\n${r.label} ×${r.connections} FAILED: ${r.failure}`);
    printTable(
      "targets: ours ≥ 2× the peer's throughput, ≤ 2 ms p50 added over the floor",
      comparisons.map((c) => ({
        conc: c.connections,
        'ours / peer req/s': c.throughputVsPeer === null ? 'n/a' : `${c.throughputVsPeer.toFixed(2)}×`,
        'throughput target': c.throughputTargetMet === null ? 'n/a' : c.throughputTargetMet ? 'met' : 'MISSED',
        'ours p50 − floor p50':
          c.p50AddedOverFloorMs === null
            ? 'n/a'
            : `${c.p50AddedOverFloorMs >= 0 ? '+' : ''}${c.p50AddedOverFloorMs.toFixed(2)} ms`,
        'latency target': c.latencyTargetMet === null ? 'n/a' : c.latencyTargetMet ? 'met' : 'MISSED',
      })),
    );
    if (startup) {
      printTable(
        'npm start → first answered query (target: warm < 10 s)',
        (['cold', 'warm'] as const).map((k) => ({
          start: k === 'cold' ? 'cold: fresh data dir' : 'warm: same data dir again',
          'cdk.out': startup[k].reusedCdkOut === null ? '?' : startup[k].reusedCdkOut ? 'reused' : 'synthesized',
          'first answer s': fmt(startup[k].secondsToFirstAnswer),
          '"API is up" line s':
            startup[k].secondsToReadyLine === null ? '—' : fmt(startup[k].secondsToReadyLine as number),
          'SIGINT → exit s': fmt(startup[k].secondsToStop),
          target: k === 'warm' ? (startup[k].secondsToFirstAnswer < 10 ? 'met' : 'MISSED') : '',
        })),
      );
      printTable(
        'npm start (warm) → first answer vs DynamoDB Local alone → first ListTables ' +
          `(target: ≤ ${TARGET_GAP_SECONDS} s apart)`,
        sideBySideRows(startup.sideBySide),
      );
    }
    for (const r of rows.filter((x) => x.trace)) {
      const t = r.trace as NonNullable<Row['trace']>;
      console.log(
        `${r === rows.find((x) => x.trace) ? '\n' : ''}trace (ours ×${r.connections}, ${t.requests} requests): ` +
          `in-server p50 ${fmt(t.totalMsP50)} ms, of which GetItem ${fmt(t.getItemMsP50)} ms, ` +
          `outside GetItem ${fmt(t.outsideGetItemMsP50)} ms`,
      );
    }

    const rss = (pid: number) => {
      try {
        return Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
      } catch {
        return null;
      }
    };
    const after = cpuSnapshot();
    const memory = {
      benchProcessRssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
      children: [...after.processes].map(([pid, p]) => ({
        pid,
        process: names[pid] ?? p.command.slice(0, 120),
        rssMb: rss(pid),
      })),
    };

    await mkdir(join(root, 'bench/results'), { recursive: true });
    const out = {
      date: new Date().toISOString(),
      machine: info,
      settings: {
        quick: QUICK,
        engineWarmupSeconds: ENGINE_WARMUP_SECONDS,
        warmupSeconds: WARMUP_SECONDS,
        seconds: SECONDS,
        samples: SAMPLES,
        connections: CONNECTIONS,
        items: ITEM_COUNT,
        itemBytes: { min: Math.min(...bytes), max: Math.max(...bytes), measure: 'DynamoDB item size (names + values)' },
        shopDataDir: `${SCRATCH} (DynamoDB Local -dbPath: its SQLite file)`,
        query: QUERY,
        loadGenerator: 'autocannon (own process), keep-alive, pipelining 1',
        requestLog: `built, then dropped (${logLines} lines)`,
      },
      rows,
      comparisons,
      startup: startup ?? null,
      memoryAfterRuns: memory,
    };
    await writeFile(join(root, 'bench/results/server.json'), `${JSON.stringify(out, null, 2)}\n`);
    console.log('\nwrote bench/results/server.json');
  } finally {
    await cleanup();
  }
}

await main();
