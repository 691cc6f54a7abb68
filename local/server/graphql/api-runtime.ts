// Everything the GraphQL layer needs to run the API: the executable schema, the template's
// resolvers, and the runtime's field runner that resolves them (where, is the runtime's business).
import type { GraphQLSchema } from 'graphql';
import type { AuthMode } from '../../../contracts/index.ts';
import type { FieldRunner, ResolverDefinition } from '../../runtime/index.ts';
import type { DocumentCache } from './document-cache.ts';

export interface ApiRuntime {
  schema: GraphQLSchema;
  documents: DocumentCache;
  resolvers: ReadonlyMap<string, ResolverDefinition>;
  fields: FieldRunner;
  env: Record<string, string>;
  defaultMode: AuthMode;
  resolverCountLimit: number;
}
