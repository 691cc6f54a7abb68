// Parsed and validated documents, kept per query text: the same query string is parsed and
// validated once, however often it is sent.
import { parse, GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { requestError, type AppSyncError } from './errors.ts';
import { validateDocument, type ValidationSettings } from './validation.ts';

export type PreparedDocument =
  { document: DocumentNode; errors?: undefined } | { document?: undefined; errors: AppSyncError[] };

export interface DocumentCache {
  prepare(query: string): PreparedDocument;
}

export function createDocumentCache(
  schema: GraphQLSchema,
  settings: ValidationSettings,
  maxEntries = 1000,
): DocumentCache {
  const cache = new Map<string, PreparedDocument>();
  return {
    prepare(query) {
      const hit = cache.get(query);
      if (hit) return hit;
      let prepared: PreparedDocument;
      try {
        const document = parse(query);
        const errors = validateDocument(schema, document, settings);
        prepared = errors.length > 0 ? { errors } : { document };
      } catch (err) {
        const e = err as GraphQLError;
        prepared = {
          errors: [
            requestError(`Validation error of type InvalidSyntax: ${e.message}`, 'ValidationError', e.locations),
          ],
        };
      }
      if (cache.size >= maxEntries) cache.delete(cache.keys().next().value as string);
      cache.set(query, prepared);
      return prepared;
    },
  };
}
