// Parsed and validated documents, kept per query text: the same query string is parsed and
// validated once, however often it is sent.
import { parse, GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { MAX_DOCUMENT_TOKENS } from './document-cost.ts';
import { requestError, type AppSyncError } from './errors.ts';
import { validateDocument, type ValidationSettings } from './validation.ts';

export type PreparedDocument =
  { document: DocumentNode; errors?: undefined } | { document?: undefined; errors: AppSyncError[] };

export interface DocumentCache {
  prepare(query: string): PreparedDocument;
}

/** Query text the cache may hold in all (a document's tree is some ten times its text): a bound on its memory. */
const MAX_CACHED_CHARACTERS = 2 * 1024 * 1024;

function syntaxError(message: string, error?: GraphQLError): AppSyncError {
  return requestError(`Validation error of type InvalidSyntax: ${message}`, 'ValidationError', error?.locations);
}

function prepareUncached(schema: GraphQLSchema, settings: ValidationSettings, query: string): PreparedDocument {
  try {
    const document = parse(query, { maxTokens: MAX_DOCUMENT_TOKENS });
    const errors = validateDocument(schema, document, settings);
    return errors.length > 0 ? { errors } : { document };
  } catch (err) {
    // graphql-js's parser recurses per nesting level: a deep enough document overflows the stack.
    if (err instanceof RangeError) return { errors: [syntaxError('the document is nested too deeply to parse')] };
    const e = err as GraphQLError;
    return { errors: [syntaxError(e.message, e)] };
  }
}

export function createDocumentCache(
  schema: GraphQLSchema,
  settings: ValidationSettings,
  maxEntries = 1000,
): DocumentCache {
  const cache = new Map<string, PreparedDocument>();
  let characters = 0;
  return {
    prepare(query) {
      const hit = cache.get(query);
      if (hit) return hit;
      const prepared = prepareUncached(schema, settings, query);
      if (query.length > MAX_CACHED_CHARACTERS / 16) return prepared;
      while (cache.size > 0 && (cache.size >= maxEntries || characters + query.length > MAX_CACHED_CHARACTERS)) {
        const oldest = cache.keys().next().value as string;
        cache.delete(oldest);
        characters -= oldest.length;
      }
      cache.set(query, prepared);
      characters += query.length;
      return prepared;
    },
  };
}
