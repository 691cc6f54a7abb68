// A sandbox worker process: one realm; evaluations run synchronously in it, and whole fields run
// here too (handlers in the realm, DynamoDB/NONE calls from this process). Before an evaluation
// that may interleave with other jobs the worker names its job, and it sends heartbeats while its
// event loop is free, so the host can tell a stuck handler from a slow data source, and whom to blame.
import { createWireDynamoDbClient } from '../../datasources/dynamodb/wire-client.ts';
import { createDynamoDbDataSource } from '../../datasources/dynamodb/index.ts';
import { evaluationRequest } from '../evaluation-input.ts';
import type { Evaluator } from '../evaluator.ts';
import type { DataSource } from '../executor/data-source.ts';
import type { ResolverDefinition } from '../executor/definitions.ts';
import { createNoneDataSource } from '../executor/none-data-source.ts';
import { resolveField, type FieldResolution } from '../executor/resolve-field.ts';
import { createRealm, type Realm } from '../realm/create-realm.ts';
import { createKeepHot } from './keep-hot.ts';
import type { HandlerOutcome } from '../sandbox/outcome.ts';
import type { FromWorker, SandboxDataSources, ToWorker } from './protocol.ts';

if (!process.send) throw new Error('worker-main must run as a forked process with an IPC channel');
const sendRaw = process.send.bind(process);
const send = (message: FromWorker): void => void sendRaw(message);

let realm: Realm | undefined;
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

function inlineEvaluator(jobId: number): Evaluator {
  return {
    async evaluate(input) {
      const prepared = evaluationRequest(input);
      if (prepared.codeErrors) return { codeErrors: prepared.codeErrors };
      announce(jobId);
      return { outcome: JSON.parse((realm as Realm).evaluate(prepared.request)) as HandlerOutcome };
    },
    close: async () => undefined,
  };
}

function configure(config: SandboxDataSources): void {
  const wire = config.dynamodb ? createWireDynamoDbClient({ ...config.dynamodb, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }) : undefined;
  const tokenKey = config.tokenKey ? new Uint8Array(Buffer.from(config.tokenKey, 'base64')) : undefined;
  dataSources = new Map();
  for (const ds of config.dataSources) {
    if (ds.type === 'NONE') dataSources.set(ds.name, createNoneDataSource(ds.name));
    else if (wire && ds.tableName) dataSources.set(ds.name, createDynamoDbDataSource({ name: ds.name, tableName: ds.tableName, client: wire, ...(tokenKey ? { tokenKey } : {}) }));
  }
}

async function field(message: Extract<ToWorker, { kind: 'field' }>): Promise<void> {
  if (message.resolver) resolvers.set(message.resolverKey, message.resolver);
  const resolver = resolvers.get(message.resolverKey);
  if (!resolver) throw new Error(`No resolver known for ${message.resolverKey}`);
  fieldsInFlight += 1;
  try {
    const resolution = await resolveField(resolver, message.field, { evaluator: inlineEvaluator(message.id), dataSources, ...(message.fixedNow !== undefined ? { fixedNow: message.fixedNow } : {}) });
    send({ kind: 'resolved', id: message.id, resolution: message.detail ? resolution : slim(resolution) });
  } finally {
    fieldsInFlight -= 1;
  }
}

/** Without --verbose the host logs only each call's operation: don't ship request bodies and results back. */
function slim(resolution: FieldResolution): FieldResolution {
  return {
    ...resolution,
    calls: resolution.calls.map((c) => ({ ...c, request: { operation: (c.request as { operation?: unknown } | null)?.operation } })),
    evaluations: resolution.evaluations.map(({ result: _result, ...rest }) => rest),
  };
}

process.on('message', (message: ToWorker) => {
  keepHot();
  switch (message.kind) {
    case 'start':
      realm = createRealm(message.sandboxBundle);
      keepHot = createKeepHot(message.spinMs);
      setInterval(() => send({ kind: 'beat' }), message.heartbeatMs).unref();
      return;
    case 'configure':
      configure(message);
      return;
    case 'eval':
      try {
        // With no field in flight, evaluations run in arrival order and the host knows whom to blame.
        if (fieldsInFlight > 0) announce(message.id);
        send({ kind: 'evaluated', id: message.id, outcome: (realm as Realm).evaluate(message) });
      } catch (err) {
        send({ kind: 'failed', id: message.id, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
      }
      return;
    case 'field':
      field(message).catch((err: unknown) => send({ kind: 'failed', id: message.id, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) }));
      return;
  }
});
