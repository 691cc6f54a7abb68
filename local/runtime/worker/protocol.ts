// Messages between the host and a sandbox worker process. Evaluations (`eval`) are synchronous
// in the worker; whole fields (`field`) run there too — handlers in the realm, data-source calls
// from the worker — so a field costs one round trip instead of two plus the data-source call.
import type { ResolverDefinition } from '../executor/definitions.ts';
import type { FieldRequest } from '../executor/field-context.ts';
import type { FieldResolution } from '../executor/resolve-field.ts';
import type { EvaluationRequest } from '../realm/create-realm.ts';

/** The data sources a worker may call itself (the others stay on the host). */
export interface SandboxDataSourceConfig {
  name: string;
  type: 'AMAZON_DYNAMODB' | 'NONE';
  tableName?: string;
}

export interface SandboxDataSources {
  dataSources: SandboxDataSourceConfig[];
  dynamodb?: { endpoint: string; region: string };
  /** base64 of the 32-byte nextToken key, shared with the host so tokens survive a worker restart */
  tokenKey?: string;
}

export type ToWorker =
  | { kind: 'start'; sandboxBundle: string; heartbeatMs: number; spinMs: number }
  | ({ kind: 'configure' } & SandboxDataSources)
  | ({ kind: 'eval'; id: number } & EvaluationRequest)
  | { kind: 'field'; id: number; resolverKey: string; resolver?: ResolverDefinition; field: FieldRequest; fixedNow?: number; detail?: boolean };

export type FromWorker =
  | { kind: 'beat' }
  /** an evaluation of job `id` is about to run (sent before it, so a stall is attributed to it) */
  | { kind: 'running'; id: number }
  | { kind: 'evaluated'; id: number; outcome: string }
  | { kind: 'resolved'; id: number; resolution: FieldResolution }
  | { kind: 'failed'; id: number; error: string };
