// The load generator, in its own process (forked by load.ts): autocannon's programmatic API,
// keep-alive connections, each request asking for the next of the 1,000 ids, every response body
// checked against the expected answer for that id. Latencies are kept exactly (autocannon's own
// histogram has a resolution of 1 ms, too coarse for sub-millisecond medians).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { LoadJob, LoadSampleResult } from './load.ts';

interface AutocannonResult {
  requests: { total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
  statusCodeStats?: Record<string, { count: number }>;
}

const require = createRequire(join(process.cwd(), 'bench/server/peer/package.json'));
const autocannon = require('autocannon') as (
  opts: object,
) => { on(event: string, fn: (...args: any[]) => void): void } & Promise<AutocannonResult>;

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

async function run(job: LoadJob): Promise<LoadSampleResult> {
  let next = Math.floor(Math.random() * job.bodies.length);
  let wrong = 0;
  let firstWrong: string | undefined;
  const check = (status: number, body: string, context: { i: number }) => {
    const expected = job.expected[context.i] as string;
    if (status === 200 && body === expected) return;
    if (status === 200) {
      // Same answer with keys in another order or extra members (e.g. an empty "errors") counts as right.
      try {
        const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown[] };
        const expectedData = (JSON.parse(expected) as { data: unknown }).data;
        if (!parsed.errors?.length && canonical(parsed.data) === canonical(expectedData)) return;
      } catch {
        // not JSON: wrong
      }
    }
    wrong += 1;
    firstWrong ??= `HTTP ${status}: ${body.slice(0, 300)}`;
  };
  const latencies: number[] = [];
  const started = performance.now();
  const instance = autocannon({
    url: job.url,
    connections: job.connections,
    pipelining: 1,
    duration: job.seconds,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        path: new URL(job.url).pathname,
        headers: job.headers,
        setupRequest: (req: { body?: string }, context: { i: number }) => {
          const i = next;
          next = (next + 1) % job.bodies.length;
          context.i = i;
          req.body = job.bodies[i];
          return req;
        },
        onResponse: check,
      },
    ],
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
  });
  const result = await instance;
  const seconds = (performance.now() - started) / 1000;
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: latencies.length,
    seconds,
    requestsPerSecond: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    wrongBodies: wrong,
    ...(firstWrong ? { firstWrong } : {}),
  };
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

process.on('message', (job: LoadJob) => {
  run(job).then(
    (result) => process.send!({ result }),
    (err: unknown) => process.send!({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
  );
});
