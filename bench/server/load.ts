// Drives load-worker.ts (autocannon in a child process, so the load generator never shares an event
// loop with the server under test) and turns its samples into one row: a warm-up, then N samples,
// medians of req/s, p50 and p99; any non-2xx, error, timeout or wrong body fails the row.
import { fork, type ChildProcess } from 'node:child_process';

export interface LoadJob {
  url: string;
  headers: Record<string, string>;
  /** request bodies, cycled through in order */
  bodies: string[];
  /** the exact expected response body for each request body */
  expected: string[];
  connections: number;
  seconds: number;
}

export interface LoadSampleResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  mean: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  wrongBodies: number;
  firstWrong?: string;
}

export interface LoadGenerator {
  pid: number;
  run(job: LoadJob): Promise<LoadSampleResult>;
  close(): Promise<void>;
}

export function startLoadGenerator(root: string): LoadGenerator {
  const child: ChildProcess = fork(new URL('./load-worker.ts', import.meta.url), [], {
    cwd: root,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let pending: { resolve: (r: LoadSampleResult) => void; reject: (e: Error) => void } | undefined;
  child.on('message', (message: { result?: LoadSampleResult; error?: string }) => {
    const p = pending;
    pending = undefined;
    if (message.error !== undefined) p?.reject(new Error(`load generator: ${message.error}`));
    else p?.resolve(message.result as LoadSampleResult);
  });
  child.on('exit', (code, signal) => {
    pending?.reject(new Error(`the load generator exited (${code ?? signal})`));
    pending = undefined;
  });
  return {
    pid: child.pid as number,
    run(job) {
      if (pending) throw new Error('one load job at a time');
      return new Promise((resolve, reject) => {
        pending = { resolve, reject };
        child.send(job);
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
