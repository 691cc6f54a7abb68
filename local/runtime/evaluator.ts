// Evaluates handlers in sandbox worker processes (time and memory limits), and — once told which
// data sources it may call — runs whole resolvers there, so a field costs one round trip.
import type { SandboxDataSources } from '../datasources/index.ts';
import { evaluationRequest } from './evaluation-input.ts';
import type { ResolverDefinition } from './executor/definitions.ts';
import type { FieldRequest } from './executor/field-context.ts';
import type { HandlerOutcome } from './sandbox/outcome.ts';
import type { Evaluator, FieldResolution } from './types.ts';
import { createSandboxPool, type SandboxPoolOptions } from './worker/pool.ts';

export type { SandboxPoolOptions as EvaluatorOptions } from './worker/pool.ts';

export interface SandboxRuntime extends Evaluator {
  /** The data sources the sandbox process may call itself (built there by local/datasources' registry). */
  configureDataSources(config: SandboxDataSources): void;
  /** Starts the sandbox processes now rather than at the first evaluation. */
  warm(): void;
  /** Whether every data source the resolver uses is available in the sandbox. */
  canResolve(resolver: ResolverDefinition): boolean;
  /** Runs the whole resolver in the sandbox process. */
  resolveField(
    resolver: ResolverDefinition,
    field: FieldRequest,
    fixedNow?: number,
    detail?: boolean,
  ): Promise<FieldResolution>;
}

function dataSourcesOf(resolver: ResolverDefinition): string[] {
  return resolver.kind === 'UNIT' ? [resolver.dataSource] : resolver.functions.map((f) => f.dataSource);
}

export function createEvaluator(options: SandboxPoolOptions = {}): SandboxRuntime {
  const pool = createSandboxPool(options);
  let available = new Set<string>();
  return {
    async evaluate(input) {
      const prepared = evaluationRequest(input);
      if (prepared.codeErrors) return { codeErrors: prepared.codeErrors };
      return { outcome: JSON.parse(await pool.run(prepared.request)) as HandlerOutcome };
    },
    configureDataSources(config) {
      available = new Set(config.dataSources.map((d) => d.name));
      pool.configure(config);
    },
    warm: () => pool.warm(),
    canResolve: (resolver) => dataSourcesOf(resolver).every((name) => available.has(name)),
    resolveField: (resolver, field, fixedNow, detail) => pool.resolve(resolver, field, fixedNow, detail),
    close: () => pool.close(),
  };
}
