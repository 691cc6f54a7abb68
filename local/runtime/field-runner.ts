// Resolves fields for the server. The runtime alone decides where: a resolver whose data sources
// the sandbox process can call itself runs whole there (one round trip per field); any other runs
// here, handler by handler, against the host's data sources.
import { randomBytes } from 'node:crypto';
import {
  createDataSources,
  runsInSandbox,
  type DataSourceConfig,
  type DataSourceDeps,
  type SandboxConnections,
} from '../datasources/index.ts';
import type { SandboxRuntime } from './evaluator.ts';
import { resolveField } from './executor/resolve-field.ts';
import type { ExecutorDeps, FieldRunner } from './types.ts';

export interface FieldRunnerOptions {
  evaluator: SandboxRuntime;
  /** the API's data sources, as the template declares them */
  dataSources: readonly DataSourceConfig[];
  /** what the host's data sources talk to */
  deps?: DataSourceDeps;
  /** how the sandbox process reaches data sources itself; what it cannot reach runs on the host */
  sandbox?: SandboxConnections;
  /** keep every evaluation's result and every call's request in the trace (verbose request logs) */
  detailedTrace?: boolean;
  /** pins util.time.* for deterministic tests */
  fixedNow?: number;
}

export function createFieldRunner(options: FieldRunnerOptions): FieldRunner {
  const { evaluator, fixedNow, detailedTrace = false } = options;
  // One key for nextTokens wherever a resolver runs (host or sandbox process, before or after a restart).
  const tokenKey = options.deps?.tokenKey ?? new Uint8Array(randomBytes(32));
  const connections = options.sandbox ?? {};
  const host: ExecutorDeps = {
    evaluator,
    dataSources: createDataSources(options.dataSources, { ...options.deps, tokenKey }),
    ...(fixedNow !== undefined ? { fixedNow } : {}),
  };
  evaluator.configureDataSources({
    dataSources: options.dataSources
      .filter((ds) => runsInSandbox(ds, connections))
      .map(({ name, type, tableName }) => ({ name, type, ...(tableName ? { tableName } : {}) })),
    ...connections,
    tokenKey: Buffer.from(tokenKey).toString('base64'),
  });
  return {
    resolve: (resolver, request) =>
      evaluator.canResolve(resolver)
        ? evaluator.resolveField(resolver, request, fixedNow, detailedTrace)
        : resolveField(resolver, request, host),
  };
}
