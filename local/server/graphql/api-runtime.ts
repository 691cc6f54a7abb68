// Everything the GraphQL layer needs to run the API: the executable schema, the template's
// resolvers and the runtime that evaluates them.
import type { GraphQLSchema } from 'graphql';
import type { AuthMode } from '../../../contracts/index.ts';
import type { SandboxRuntime } from '../../runtime/evaluator.ts';
import type { ExecutorDeps } from '../../runtime/executor/resolve-field.ts';
import type { ResolverDefinition } from '../../runtime/executor/definitions.ts';
import type { DocumentCache } from './document-cache.ts';

export interface ApiRuntime {
  schema: GraphQLSchema;
  documents: DocumentCache;
  resolvers: ReadonlyMap<string, ResolverDefinition>;
  deps: ExecutorDeps;
  env: Record<string, string>;
  defaultMode: AuthMode;
  resolverCountLimit: number;
  /** when set, resolvers whose data sources it serves run whole in the sandbox process */
  sandbox?: SandboxRuntime;
  /** keep every evaluation's result and every call's request in the trace (--verbose logs) */
  detailedTrace?: boolean;
}
