// Keeps an engine process running: an unexpected exit is logged at once (which engine, how it
// ended, its last output), then the engine is started again with backoff by the same `launch`
// (same port and data directory, so every client keeps its endpoint). Too many failures in a
// short window mean something is really wrong: give up and say what to do.
import { setTimeout as sleep } from 'node:timers/promises';
import { describeExit, type ExitInfo } from './supervised-process.ts';

/** What keepAlive needs of a started engine. */
export interface EngineProcess {
  pid: number;
  exited: Promise<ExitInfo>;
  output(): string;
  stop(): Promise<void>;
}

export interface KeepAliveOptions<E extends EngineProcess> {
  /** e.g. "DynamoDB Local" */
  name: string;
  /** starts the engine (and waits until it answers); called again after every crash */
  launch(): Promise<E>;
  log(line: string): void;
  /** called with a message for the user once the engine failed `maxFailures` times in `windowMs` */
  giveUp(message: string): void;
  /** what the user can do when it keeps failing */
  remedy: string;
  maxFailures?: number;
  windowMs?: number;
  /** wait before restart attempt n (1-based) */
  backoffMs?: (attempt: number) => number;
}

export interface KeptEngine<E extends EngineProcess> {
  /** the engine running now (changes after a restart) */
  current(): E;
  /** undefined while it runs; else why it does not, e.g. "restarting after it exited with code 137" */
  outage(): string | undefined;
  /** runs after each successful restart, before the engine counts as back (re-provisioning) */
  onRestart(listener: (engine: E) => Promise<void>): void;
  stop(): Promise<void>;
}

const OUTPUT_LINES = 20;

/** 0.5 s, 1 s, 2 s, 4 s, then 8 s at most. */
export const defaultBackoff = (attempt: number): number => Math.min(500 * 2 ** (attempt - 1), 8_000);

function lastLines(output: string): string {
  return output
    .trimEnd()
    .split('\n')
    .slice(-OUTPUT_LINES)
    .map((line) => `    ${line}`)
    .join('\n');
}

export async function keepAlive<E extends EngineProcess>(options: KeepAliveOptions<E>): Promise<KeptEngine<E>> {
  const { name, log } = options;
  const maxFailures = options.maxFailures ?? 5;
  const windowMs = options.windowMs ?? 60_000;
  const backoff = options.backoffMs ?? defaultBackoff;
  const listeners: Array<(engine: E) => Promise<void>> = [];
  const failures: number[] = [];
  let engine = await options.launch();
  let outage: string | undefined;
  let stopping = false;

  /** Records a failure; true when there have been too many lately. */
  const tooMany = (): boolean => {
    const now = Date.now();
    failures.push(now);
    while (failures.length > 0 && now - (failures[0] as number) > windowMs) failures.shift();
    return failures.length >= maxFailures;
  };

  const fail = (reason: string, output: string): void => {
    outage = `stopped after ${failures.length} failures: ${reason}`;
    const seconds = Math.round(windowMs / 1000);
    options.giveUp(
      `${name} failed ${failures.length} times within ${seconds} s (last: ${reason}). ` +
        `Its last output:\n${lastLines(output)}\n${options.remedy}`,
    );
  };

  /** One restart attempt: launch, re-provision; stops a half-started engine again on failure. */
  const restart = async (): Promise<E> => {
    const next = await options.launch();
    try {
      for (const listener of listeners) await listener(next);
      return next;
    } catch (err) {
      await next.stop().catch(() => undefined);
      throw err;
    }
  };

  const watch = (current: E): void => {
    void current.exited.then(async (exit) => {
      // Ctrl-C in a terminal signals the whole process group: npm start is stopping too, not crashing.
      if (stopping || exit.signal === 'SIGINT') return;
      let reason = `exited with ${describeExit(exit)}`;
      let output = current.output();
      log(`${name} (pid ${current.pid}) ${reason} unexpectedly. Its last output:\n${lastLines(output)}`);
      for (let attempt = 1; !stopping; attempt++) {
        outage = `restarting after it ${reason}`;
        if (tooMany()) return fail(reason, output);
        const waitMs = backoff(attempt);
        log(`${name}: restarting in ${(waitMs / 1000).toFixed(1)} s on the same port and data (attempt ${attempt})`);
        await sleep(waitMs);
        if (stopping) return;
        try {
          engine = await restart();
        } catch (err) {
          reason = `could not restart: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
          output = err instanceof Error ? err.message : String(err);
          log(`${name} ${reason}`);
          continue;
        }
        if (stopping) return void engine.stop();
        outage = undefined;
        log(`${name} is back (pid ${engine.pid})`);
        return watch(engine);
      }
    });
  };
  watch(engine);

  return {
    current: () => engine,
    outage: () => outage,
    onRestart: (listener) => void listeners.push(listener),
    async stop() {
      stopping = true;
      await engine.stop();
    },
  };
}
