// When a busy worker has stalled, judged so that only a handler's own running time counts: by the
// worker's clock (every message carries its Date.now()), never in the tick the stall is noticed but
// after the event loop has read what the worker already sent, and only if nothing arrived in
// between. A host that was itself busy (a blocked event loop, a loaded machine) thus reads the
// beats and answers waiting in the pipe before it judges, and blames no one. A worker that has not
// spoken since it was spawned is starting, not running a handler: it gets a start-up allowance.

/** Start-up of a worker process (fork, sandbox bundle, realm): not any handler's time. */
const STARTUP_LIMIT_MS = 30_000;

export interface Liveness {
  spawnedAt: number;
  /** the worker's Date.now() in its latest message; undefined until it has said anything */
  lastStamp?: number;
  /** when (host clock) a job last arrived at an idle worker: silence before it is nobody's fault */
  busySince: number;
  /** messages read from the worker so far */
  heard: number;
}

export function freshLiveness(now = Date.now()): Liveness {
  return { spawnedAt: now, busySince: now, heard: 0 };
}

export function noteHeard(liveness: Liveness, at: number): void {
  liveness.lastStamp = Math.max(liveness.lastStamp ?? at, at);
  liveness.heard += 1;
}

/** Why the worker counts as stalled now, or undefined. */
function stallOf(liveness: Liveness, now: number, timeoutMs: number): string | undefined {
  if (liveness.lastStamp === undefined) {
    if (now - liveness.spawnedAt <= STARTUP_LIMIT_MS) return undefined;
    return `The runtime process did not start within ${STARTUP_LIMIT_MS / 1000} s`;
  }
  if (now - Math.max(liveness.lastStamp, liveness.busySince) <= timeoutMs) return undefined;
  return `Execution timed out: the handler ran longer than ${timeoutMs} ms`;
}

export interface StallWatchOptions<T> {
  intervalMs: number;
  timeoutMs: number;
  /** the workers with a job in flight; the watch sleeps while there are none */
  busy(): readonly T[];
  liveness(worker: T): Liveness;
  onStall(worker: T, reason: string): void;
}

export interface StallWatch {
  /** Call when a job is handed to a worker. */
  ensure(): void;
  stop(): void;
}

export function createStallWatch<T>(options: StallWatchOptions<T>): StallWatch {
  const { intervalMs, timeoutMs } = options;
  let timer: NodeJS.Timeout | undefined;
  const stop = (): void => {
    if (timer) clearInterval(timer);
    timer = undefined;
  };

  const suspects = (): Array<{ worker: T; heard: number }> => {
    const now = Date.now();
    return options.busy().flatMap((worker) => {
      const liveness = options.liveness(worker);
      return stallOf(liveness, now, timeoutMs) ? [{ worker, heard: liveness.heard }] : [];
    });
  };

  const judge = (suspected: Array<{ worker: T; heard: number }>): void => {
    const now = Date.now();
    for (const { worker, heard } of suspected) {
      const liveness = options.liveness(worker);
      if (liveness.heard !== heard || !options.busy().includes(worker)) continue; // it spoke, or finished
      const reason = stallOf(liveness, now, timeoutMs);
      if (reason) options.onStall(worker, reason);
    }
  };

  const check = (): void => {
    if (options.busy().length === 0) return stop();
    const suspected = suspects();
    // setImmediate runs after this turn's poll phase, which reads whatever the workers already sent.
    if (suspected.length > 0) setImmediate(judge, suspected);
  };

  return {
    ensure() {
      if (timer) return;
      timer = setInterval(check, intervalMs);
      timer.unref();
    },
    stop,
  };
}
