// Sandbox worker processes that run handlers with a time and a memory limit. A worker sends a
// heartbeat while its event loop is free and names the job of every evaluation before running it,
// so a handler that loops (silent for longer than the limit by the worker's own clock: see
// stall-watch.ts) or exhausts the heap (the process dies: a process, not a thread, because V8
// aborts the whole process on some heap exhaustions) is blamed precisely: its job fails with a
// `Code` error, evaluations queued behind it move to a fresh process, fields that were mid-flight
// there fail, and the host keeps serving.
import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { codeError } from '../../../contracts/index.ts';
import type { SandboxDataSources } from '../../datasources/index.ts';
import type { ResolverDefinition } from '../executor/definitions.ts';
import type { FieldRequest } from '../executor/field-context.ts';
import { emptyTrace } from '../executor/trace.ts';
import type { EvaluationRequest } from '../realm/create-realm.ts';
import { sandboxBundle, workerScript } from '../realm/bundle.ts';
import type { HandlerOutcome } from '../sandbox/outcome.ts';
import type { FieldResolution } from '../types.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import { createStallWatch, freshLiveness, noteHeard, type Liveness } from './stall-watch.ts';

export interface SandboxPoolOptions {
  /** worker processes (default 1) */
  workers?: number;
  /** how long one handler may run (default 1000 ms) */
  timeoutMs?: number;
  /** V8 old-space limit of each worker process (default 128 MB) */
  memoryMb?: number;
  /**
   * How long a worker keeps its event loop hot after activity, trading idle CPU during traffic for
   * latency (default: APPSYNC_SANDBOX_SPIN_MS, else 2 ms; 0 turns it off).
   */
  spinMs?: number;
}

export type SandboxRequest = EvaluationRequest & { source: string };

export interface SandboxPool {
  /** Evaluates one handler; resolves with the HandlerOutcome JSON. Never rejects for the code's faults. */
  run(request: SandboxRequest): Promise<string>;
  /** Runs a whole resolver in a worker (its data sources must have been configured). */
  /** `detail`: also ship back each evaluation's result and each call's request (for verbose logs) */
  resolve(
    resolver: ResolverDefinition,
    field: FieldRequest,
    fixedNow?: number,
    detail?: boolean,
  ): Promise<FieldResolution>;
  configure(config: SandboxDataSources): void;
  /** Starts the worker processes now instead of at the first request (npm start: the first answer waits less). */
  warm(): void;
  close(): Promise<void>;
}

interface Pending {
  id: number;
  message: Extract<ToWorker, { kind: 'eval' | 'field' }>;
  /** resolves with the worker's answer */
  settle(answer: Extract<FromWorker, { kind: 'evaluated' | 'resolved' | 'failed' }>): void;
  /** resolves with a failure the pool decided on */
  fail(reason: string): void;
}

interface Slot {
  child: ChildProcess;
  pending: Map<number, Pending>;
  knownCode: Set<string>;
  knownResolvers: Set<string>;
  liveness: Liveness;
  running?: number;
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
    failure: { ...codeError(message), cause: 'code' },
    stash: stash as Record<string, unknown>,
    logs: [],
    appendedErrors: [],
    responseHeaders: {},
    invalidations: [],
  };
  return JSON.stringify(outcome);
}

function failedResolution(message: string): FieldResolution {
  return { ...emptyTrace(), data: null, error: codeError(message) };
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

const resolverKeys = new WeakMap<ResolverDefinition, string>();

/** A resolver's identity in a worker: its content hash, so a worker is sent each definition once. */
function resolverKey(resolver: ResolverDefinition): string {
  let key = resolverKeys.get(resolver);
  if (!key) {
    key = createHash('sha256').update(JSON.stringify(resolver)).digest('hex');
    resolverKeys.set(resolver, key);
  }
  return key;
}

export function createSandboxPool(options: SandboxPoolOptions = {}): SandboxPool {
  const size = Math.max(1, options.workers ?? 1);
  const timeoutMs = options.timeoutMs ?? 1000;
  const memoryMb = options.memoryMb ?? 128;
  const heartbeatMs = Math.max(5, Math.min(100, Math.floor(timeoutMs / 4)));
  const spinMs = options.spinMs ?? Number(process.env.APPSYNC_SANDBOX_SPIN_MS ?? 2);
  const slots: Slot[] = [];
  let config: SandboxDataSources | undefined;
  let nextId = 1;
  let closed = false;

  const send = (slot: Slot, message: ToWorker) => slot.child.send(message);

  const spawn = (): Slot => {
    const child = fork(workerScript(), [], {
      execArgv: [`--max-old-space-size=${memoryMb}`, '--max-semi-space-size=8', '--stack-size=2048'],
      serialization: 'json',
      // V8's heap-exhaustion report is expected output here, not news for the host's terminal.
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    const slot: Slot = {
      child,
      pending: new Map(),
      knownCode: new Set(),
      knownResolvers: new Set(),
      liveness: freshLiveness(),
      retired: false,
    };
    child.on('message', (message: FromWorker) => onMessage(slot, message));
    child.on('exit', (code, signal) => {
      const oom = signal === 'SIGABRT' || signal === 'SIGTRAP' || code === 134;
      replace(
        slot,
        oom
          ? `Memory limit exceeded: the handler used more than ${memoryMb} MB`
          : `The runtime stopped unexpectedly (${signal ?? code})`,
      );
    });
    child.on('error', (err) => replace(slot, `The runtime stopped unexpectedly: ${err.message}`));
    send(slot, { kind: 'start', sandboxBundle: sandboxBundle(), heartbeatMs, spinMs });
    if (config) send(slot, { kind: 'configure', ...config });
    setRef(child, false);
    return slot;
  };

  const onMessage = (slot: Slot, message: FromWorker): void => {
    noteHeard(slot.liveness, message.at);
    if (message.kind === 'beat') return;
    if (message.kind === 'running') {
      slot.running = message.id;
      return;
    }
    const pending = slot.pending.get(message.id);
    if (!pending) return; // answered after being failed over
    slot.pending.delete(message.id);
    if (slot.pending.size === 0) setRef(slot.child, false);
    pending.settle(message);
  };

  const post = (slot: Slot, pending: Pending): void => {
    let message: ToWorker = pending.message;
    if (message.kind === 'eval') {
      const { source: _source, ...rest } = message;
      if (slot.knownCode.has(rest.hash)) message = rest;
      slot.knownCode.add(rest.hash);
    } else if (slot.knownResolvers.has(message.resolverKey)) {
      const { resolver: _sent, ...rest } = message;
      message = rest;
    } else {
      slot.knownResolvers.add(message.resolverKey);
    }
    if (slot.pending.size === 0) {
      slot.liveness.busySince = Date.now();
      setRef(slot.child, true);
    }
    slot.pending.set(pending.id, pending);
    send(slot, message);
    watch.ensure();
  };

  const leastBusy = (): Slot => {
    while (slots.length < size) slots.push(spawn());
    return slots.reduce((best, s) => (s.pending.size < best.pending.size ? s : best));
  };

  /** Ends a slot's process: its culprit fails with `reason`; queued evaluations move on; fields mid-flight fail. */
  const replace = (slot: Slot, reason: string): void => {
    if (slot.retired) return;
    slot.retired = true;
    slot.child.kill('SIGKILL');
    const culpritNamed = slot.running;
    const pending = [...slot.pending.values()];
    const index = slots.indexOf(slot);
    const fresh = !closed && index >= 0 ? spawn() : undefined;
    if (fresh) slots[index] = fresh;
    // The named job, or else the oldest evaluation (evaluations that were not named ran in order).
    const culprit =
      culpritNamed !== undefined && slot.pending.has(culpritNamed)
        ? culpritNamed
        : pending.find((j) => j.message.kind === 'eval')?.id;
    slot.pending.clear();
    for (const job of pending) {
      if (job.id === culprit) job.fail(reason);
      else if (job.message.kind === 'field')
        job.fail(
          `This field was cut short: its runtime process was restarted because another handler failed (${reason})`,
        );
      else if (fresh) post(fresh, job);
      else job.fail(reason);
    }
  };

  const watch = createStallWatch<Slot>({
    intervalMs: heartbeatMs,
    timeoutMs,
    busy: () => slots.filter((s) => s.pending.size > 0 && !s.retired),
    liveness: (slot) => slot.liveness,
    onStall: replace,
  });

  return {
    warm() {
      if (!closed) leastBusy();
    },
    run(request) {
      if (closed) return Promise.reject(new Error('The sandbox pool is closed'));
      return new Promise<string>((resolve) => {
        const id = nextId++;
        post(leastBusy(), {
          id,
          message: { kind: 'eval', id, ...request },
          settle: (answer) =>
            resolve(
              answer.kind === 'evaluated'
                ? answer.outcome
                : failedOutcome(
                    request.context,
                    'The runtime could not evaluate the code: ' +
                      `${answer.kind === 'failed' ? answer.error : 'unexpected answer'}`,
                  ),
            ),
          fail: (reason) => resolve(failedOutcome(request.context, reason)),
        });
      });
    },
    resolve(resolver, field, fixedNow, detail) {
      if (closed) return Promise.reject(new Error('The sandbox pool is closed'));
      return new Promise<FieldResolution>((resolve) => {
        const id = nextId++;
        const message: ToWorker = {
          kind: 'field',
          id,
          resolverKey: resolverKey(resolver),
          resolver,
          field,
          ...(fixedNow !== undefined ? { fixedNow } : {}),
          ...(detail ? { detail } : {}),
        };
        post(leastBusy(), {
          id,
          message,
          settle: (answer) =>
            resolve(
              answer.kind === 'resolved'
                ? answer.resolution
                : failedResolution(
                    'The runtime could not resolve the field: ' +
                      `${answer.kind === 'failed' ? answer.error : 'unexpected answer'}`,
                  ),
            ),
          fail: (reason) => resolve(failedResolution(reason)),
        });
      });
    },
    configure(next) {
      config = next;
      for (const slot of slots) send(slot, { kind: 'configure', ...next });
    },
    async close() {
      closed = true;
      watch.stop();
      const all = slots.splice(0);
      for (const slot of all) {
        slot.retired = true;
        for (const job of slot.pending.values()) job.fail('The runtime was shut down');
        slot.pending.clear();
        if (slot.child.exitCode !== null || slot.child.signalCode !== null) continue;
        const exited = new Promise((resolve) => slot.child.once('exit', resolve));
        setRef(slot.child, true); // keep the event loop alive until the process is gone
        slot.child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
