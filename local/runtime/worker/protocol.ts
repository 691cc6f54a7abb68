// Messages between the host and a sandbox worker process. Evaluations (`eval`) are synchronous
// in the worker; whole fields (`field`) run there too — handlers in the realm, data-source calls
// from the worker — so a field costs one round trip instead of two plus the data-source call.
// Every message from the worker carries `at`, the worker's own Date.now() (the same machine clock
// as the host's): the host judges a stall by when the worker last spoke, not by when it got to
// reading it, so a host that was itself busy blames no handler.
import type { SandboxDataSources } from '../../datasources/index.ts';
import type { ResolverDefinition } from '../executor/definitions.ts';
import type { FieldRequest } from '../executor/field-context.ts';
import type { EvaluationRequest } from '../realm/create-realm.ts';
import type { FieldResolution } from '../types.ts';

export type ToWorker =
  | { kind: 'start'; sandboxBundle: string; heartbeatMs: number; spinMs: number }
  | ({ kind: 'configure' } & SandboxDataSources)
  | ({ kind: 'eval'; id: number } & EvaluationRequest)
  | FieldJob;

export interface FieldJob {
  kind: 'field';
  id: number;
  resolverKey: string;
  resolver?: ResolverDefinition;
  field: FieldRequest;
  fixedNow?: number;
  detail?: boolean;
}

/** What a worker says, before it stamps the message with its clock. */
export type WorkerMessage =
  | { kind: 'beat' }
  /** an evaluation of job `id` is about to run (sent before it, so a stall is attributed to it) */
  | { kind: 'running'; id: number }
  | { kind: 'evaluated'; id: number; outcome: string }
  | { kind: 'resolved'; id: number; resolution: FieldResolution }
  | { kind: 'failed'; id: number; error: string };

export type FromWorker = WorkerMessage & { at: number };
