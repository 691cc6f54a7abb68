// GraphQL errors in AppSync's shape: { path, data, errorType, errorInfo, locations (with
// sourceName: null), message } (appsync-runtime-spec.md §5.3).
import { GraphQLError, type SourceLocation } from 'graphql';

/** An error raised while resolving a field: util.error, Unauthorized, limits. */
export class FieldError extends Error {
  constructor(
    message: string,
    readonly errorType: string | null,
    readonly errorInfo: unknown = null,
    readonly data: unknown = null,
  ) {
    super(message);
  }
}

export interface AppSyncError {
  path: ReadonlyArray<string | number> | null;
  data: unknown;
  errorType: string | null;
  errorInfo: unknown;
  locations: Array<{ line: number; column: number; sourceName: null }> | null;
  message: string;
}

function locationsOf(locations: readonly SourceLocation[] | undefined): AppSyncError['locations'] {
  return locations ? locations.map((l) => ({ line: l.line, column: l.column, sourceName: null })) : null;
}

const NON_NULL = /^Cannot return null for non-nullable field (\w+)\.(\w+)\.$/;

export function formatError(error: GraphQLError, typeOf?: (parent: string, field: string) => string | undefined): AppSyncError {
  const original = error.originalError;
  if (original instanceof FieldError) {
    return { path: error.path ?? null, data: original.data, errorType: original.errorType, errorInfo: original.errorInfo, locations: locationsOf(error.locations), message: original.message };
  }
  const nonNull = NON_NULL.exec(error.message);
  if (nonNull && error.path) {
    const [, parent, field] = nonNull as unknown as [string, string, string];
    const type = typeOf?.(parent, field) ?? field;
    const message = `Cannot return null for non-nullable type: '${type}' within parent '${parent}' (/${error.path.join('/')})`;
    return { path: error.path, data: null, errorType: null, errorInfo: null, locations: locationsOf(error.locations), message };
  }
  const errorType = original ? 'Code' : null;
  return { path: error.path ?? null, data: null, errorType, errorInfo: null, locations: locationsOf(error.locations), message: error.message };
}

/** A request-level error (validation, parsing) as AppSync words it. */
export function requestError(message: string, errorType: string | null, locations?: readonly SourceLocation[]): AppSyncError {
  return { path: null, data: null, errorType, errorInfo: null, locations: locationsOf(locations), message };
}
