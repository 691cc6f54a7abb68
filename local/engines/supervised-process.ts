// A twin's engine as a child process: its output kept (the tail, for error messages), its exit
// tracked, killed if this process exits, readiness awaited, and stopped politely then firmly.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export const LOOPBACK = '127.0.0.1';

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of live) child.kill('SIGKILL');
  });
}

/** How a process ended: its exit code, or the signal that killed it. */
export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** "code 137" or "signal SIGKILL", for log lines. */
export function describeExit(exit: ExitInfo): string {
  return exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
}

export interface SupervisedProcess {
  child: ChildProcess;
  /** the last 16 KiB of stdout and stderr */
  output(): string;
  hasExited(): boolean;
  exited: Promise<ExitInfo>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has exited */
  stop(graceMs: number): Promise<void>;
}

export function superviseProcess(
  command: string,
  args: string[],
  options: SpawnOptions,
  /** sees every chunk of stdout and stderr as it arrives */
  onOutput?: (text: string) => void,
): SupervisedProcess {
  installExitHook();
  const child = spawn(command, args, { ...options, stdio: ['pipe', 'pipe', 'pipe'] });
  live.add(child);
  let output = '';
  let done = false;
  const keep = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    output = (output + text).slice(-16_384);
    onOutput?.(text);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<ExitInfo>((resolve) => {
    const finish = () => {
      done = true;
      live.delete(child);
      resolve({ code: child.exitCode, signal: child.signalCode });
    };
    child.once('exit', finish);
    child.once('error', (err) => {
      keep(Buffer.from(`\n${String(err)}`));
      finish();
    });
  });
  return {
    child,
    output: () => output,
    hasExited: () => done,
    exited,
    async stop(graceMs) {
      if (done) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** Polls `ready` until it answers true; fails with the process's output if it exits or time runs out. */
export async function waitUntilReady(
  process: SupervisedProcess,
  what: string,
  timeoutMs: number,
  intervalMs: number,
  ready: () => Promise<boolean>,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (process.hasExited()) {
      const { exitCode, signalCode } = process.child;
      throw new Error(
        `${what} exited before it was ready (exit code ${exitCode ?? signalCode}). Output:\n${process.output().trim()}`,
      );
    }
    if (Date.now() > deadline) {
      process.child.kill('SIGKILL');
      await process.exited;
      throw new Error(`${what} was not ready within ${timeoutMs} ms. Output:\n${process.output().trim()}`);
    }
    if (await ready()) return;
    await sleep(intervalMs);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, LOOPBACK, () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
