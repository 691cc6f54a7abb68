// Sandbox worker processes that run evaluations with a time and a memory limit. A handler that
// loops forever or allocates without bound is stopped by ending its process (a process, not a
// thread: V8 aborts the whole process on some heap exhaustions); its caller gets a `Code` failure,
// the jobs queued behind it move to a fresh process, and the host keeps serving.
import { fork, type ChildProcess } from 'node:child_process';
import type { EvaluationRequest } from '../realm/create-realm.ts';
import { sandboxBundle, workerScript } from '../realm/bundle.ts';
import type { HandlerOutcome } from '../sandbox/outcome.ts';
import type { WorkerJob, WorkerReply, WorkerStart } from './protocol.ts';

export interface SandboxPoolOptions {
  /** worker processes (default 1) */
  workers?: number;
  /** wall-clock limit for one handler evaluation (default 1000 ms) */
  timeoutMs?: number;
  /** V8 old-space limit of each worker process (default 128 MB) */
  memoryMb?: number;
}

export type SandboxRequest = EvaluationRequest & { source: string };

export interface SandboxPool {
  /** Evaluates one handler; resolves with the HandlerOutcome JSON. Never rejects for the code's faults. */
  run(request: SandboxRequest): Promise<string>;
  close(): Promise<void>;
}

interface Pending {
  job: WorkerJob & { source: string };
  resolve: (outcome: string) => void;
}

interface Slot {
  child: ChildProcess;
  queue: Pending[];
  known: Set<string>;
  headSince: number;
  retired: boolean;
}

export function failedOutcome(contextJson: string, message: string): string {
  let stash: unknown = {};
  try {
    stash = (JSON.parse(contextJson) as { stash?: unknown }).stash ?? {};
  } catch {
    stash = {};
  }
  const outcome: HandlerOutcome = {
    status: 'failed',
    failure: { message, errorType: 'Code', data: null, errorInfo: null, cause: 'code' },
    stash: stash as Record<string, unknown>,
    logs: [],
    appendedErrors: [],
    responseHeaders: {},
    invalidations: [],
    apiCacheEvictions: [],
  };
  return JSON.stringify(outcome);
}

function setRef(child: ChildProcess, ref: boolean): void {
  const channel = child.channel as { ref(): void; unref(): void } | undefined;
  if (ref) {
    child.ref();
    channel?.ref();
  } else {
    child.unref();
    channel?.unref();
  }
}

export function createSandboxPool(options: SandboxPoolOptions = {}): SandboxPool {
  const size = Math.max(1, options.workers ?? 1);
  const timeoutMs = options.timeoutMs ?? 1000;
  const memoryMb = options.memoryMb ?? 128;
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;
  let watchdog: NodeJS.Timeout | undefined;

  const spawn = (): Slot => {
    const child = fork(workerScript(), [], {
      execArgv: [`--max-old-space-size=${memoryMb}`, '--max-semi-space-size=8', '--stack-size=2048'],
      serialization: 'json',
      // V8's heap-exhaustion report is expected output here, not news for the host's terminal.
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    const slot: Slot = { child, queue: [], known: new Set(), headSince: Date.now(), retired: false };
    child.on('message', (reply: WorkerReply | { ready: true }) => {
      if ('id' in reply) onReply(slot, reply);
    });
    child.on('exit', (code, signal) => {
      const oom = signal === 'SIGABRT' || signal === 'SIGTRAP' || code === 134;
      replace(slot, oom ? `Memory limit exceeded: the handler used more than ${memoryMb} MB` : `The runtime stopped unexpectedly (${signal ?? code})`);
    });
    child.on('error', (err) => replace(slot, `The runtime stopped unexpectedly: ${err.message}`));
    const start: WorkerStart = { sandboxBundle: sandboxBundle() };
    child.send(start);
    setRef(child, false);
    return slot;
  };

  const onReply = (slot: Slot, reply: WorkerReply): void => {
    const head = slot.queue.shift();
    if (!head || head.job.id !== reply.id) return; // a late answer from a job already failed over
    slot.headSince = Date.now();
    if (slot.queue.length === 0) setRef(slot.child, false);
    head.resolve(reply.outcome ?? failedOutcome(head.job.context, `The runtime could not evaluate the code: ${reply.error}`));
  };

  const post = (slot: Slot, pending: Pending): void => {
    const { source, ...rest } = pending.job;
    const message: WorkerJob = slot.known.has(rest.hash) ? rest : { ...rest, source };
    slot.known.add(rest.hash);
    if (slot.queue.length === 0) {
      slot.headSince = Date.now();
      setRef(slot.child, true);
    }
    slot.queue.push(pending);
    slot.child.send(message);
    ensureWatchdog();
  };

  /** Ends a slot's process: the running job fails with `reason`, the rest move to a new process. */
  const replace = (slot: Slot, reason: string): void => {
    if (slot.retired) return;
    slot.retired = true;
    slot.child.kill('SIGKILL');
    const [running, ...waiting] = slot.queue;
    slot.queue = [];
    if (running) running.resolve(failedOutcome(running.job.context, reason));
    const index = slots.indexOf(slot);
    if (closed || index < 0) return;
    const fresh = spawn();
    slots[index] = fresh;
    for (const pending of waiting) post(fresh, pending);
  };

  const checkTimeouts = (): void => {
    const now = Date.now();
    let busy = false;
    for (const slot of [...slots]) {
      if (slot.queue.length === 0) continue;
      busy = true;
      if (now - slot.headSince > timeoutMs) replace(slot, `Execution timed out: the handler ran longer than ${timeoutMs} ms`);
    }
    if (!busy && watchdog) {
      clearInterval(watchdog);
      watchdog = undefined;
    }
  };

  const ensureWatchdog = (): void => {
    if (watchdog) return;
    watchdog = setInterval(checkTimeouts, Math.max(5, Math.min(100, Math.floor(timeoutMs / 4))));
    watchdog.unref();
  };

  return {
    run(request) {
      if (closed) return Promise.reject(new Error('The sandbox pool is closed'));
      while (slots.length < size) slots.push(spawn());
      const slot = slots.reduce((best, s) => (s.queue.length < best.queue.length ? s : best));
      return new Promise<string>((resolve) => post(slot, { job: { ...request, id: nextId++ }, resolve }));
    },
    async close() {
      closed = true;
      if (watchdog) clearInterval(watchdog);
      const all = slots.splice(0);
      for (const slot of all) {
        slot.retired = true;
        for (const p of slot.queue) p.resolve(failedOutcome(p.job.context, 'The runtime was shut down'));
        slot.queue = [];
        if (slot.child.exitCode !== null || slot.child.signalCode !== null) continue;
        const exited = new Promise((resolve) => slot.child.once('exit', resolve));
        setRef(slot.child, true); // keep the event loop alive until the process is gone
        slot.child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
