// A sandbox worker process: one realm; evaluations run synchronously in it, and whole fields run
// here too (handlers in the realm, DynamoDB/NONE calls from this process). Before an evaluation
// that may interleave with other jobs the worker names its job, and it sends heartbeats while its
// event loop is free, so the host can tell a stuck handler from a slow data source, and whom to blame.
import { createSandboxDataSources, type DataSource } from '../../datasources/index.ts';
import type { ResolverDefinition } from '../executor/definitions.ts';
import { resolveField } from '../executor/resolve-field.ts';
import { createRealmEvaluator, type RealmEvaluator } from '../realm-evaluator.ts';
import { createRealm, type Realm } from '../realm/create-realm.ts';
import type { Evaluator, FieldResolution } from '../types.ts';
import { createKeepHot } from './keep-hot.ts';
import type { FieldJob, ToWorker, WorkerMessage } from './protocol.ts';

if (!process.send) throw new Error('worker-main must run as a forked process with an IPC channel');
const sendRaw = process.send.bind(process);
/** Stamps every message with this process's clock: the host judges stalls by it. */
const send = (message: WorkerMessage): void => void sendRaw({ ...message, at: Date.now() });

let realm: Realm | undefined;
let local: RealmEvaluator | undefined;
let keepHot: () => void = () => undefined;
let dataSources = new Map<string, DataSource>();
const resolvers = new Map<string, ResolverDefinition>();
let announced = 0;
/** Fields awaiting a data source here; only then can evaluations interleave (and need naming). */
let fieldsInFlight = 0;

// The host going away ends the worker, whatever it was doing.
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));

/** Says which job the next synchronous evaluation belongs to (the host blames a stall on it). */
function announce(id: number): void {
  if (announced === id) return;
  announced = id;
  send({ kind: 'running', id });
}

/** The field's handlers run in this process's realm, each named before it runs. */
function inlineEvaluator(jobId: number): Evaluator {
  return {
    async evaluate(input) {
      announce(jobId);
      return (local as RealmEvaluator).evaluateNow(input);
    },
    close: async () => undefined,
  };
}

async function field(message: FieldJob): Promise<void> {
  if (message.resolver) resolvers.set(message.resolverKey, message.resolver);
  const resolver = resolvers.get(message.resolverKey);
  if (!resolver) throw new Error(`No resolver known for ${message.resolverKey}`);
  fieldsInFlight += 1;
  try {
    const fixedNow = message.fixedNow !== undefined ? { fixedNow: message.fixedNow } : {};
    const deps = { evaluator: inlineEvaluator(message.id), dataSources, ...fixedNow };
    const resolution = await resolveField(resolver, message.field, deps);
    send({ kind: 'resolved', id: message.id, resolution: message.detail ? resolution : slim(resolution) });
  } finally {
    fieldsInFlight -= 1;
  }
}

/** Without --verbose the host logs only each call's operation: don't ship request bodies and results back. */
function slim(resolution: FieldResolution): FieldResolution {
  return {
    ...resolution,
    calls: resolution.calls.map((c) => ({
      ...c,
      request: { operation: (c.request as { operation?: unknown } | null)?.operation },
    })),
    evaluations: resolution.evaluations.map(({ result: _result, ...rest }) => rest),
  };
}

process.on('message', (message: ToWorker) => {
  keepHot();
  switch (message.kind) {
    case 'start':
      realm = createRealm(message.sandboxBundle);
      local = createRealmEvaluator(realm);
      keepHot = createKeepHot(message.spinMs);
      send({ kind: 'beat' }); // started: from here on, silence is a handler's
      setInterval(() => send({ kind: 'beat' }), message.heartbeatMs).unref();
      return;
    case 'configure':
      dataSources = createSandboxDataSources(message);
      return;
    case 'eval':
      try {
        // With no field in flight, evaluations run in arrival order and the host knows whom to blame.
        if (fieldsInFlight > 0) announce(message.id);
        send({ kind: 'evaluated', id: message.id, outcome: (realm as Realm).evaluate(message) });
      } catch (err) {
        send({
          kind: 'failed',
          id: message.id,
          error: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
        });
      }
      return;
    case 'field':
      field(message).catch((err: unknown) =>
        send({
          kind: 'failed',
          id: message.id,
          error: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
        }),
      );
      return;
  }
});
