// GraphQL errors in AppSync's shape: { path, data, errorType, errorInfo, locations (with
// sourceName: null), message }
// (https://docs.aws.amazon.com/appsync/latest/devguide/troubleshooting-and-common-mistakes.html;
// the `sourceName: null` location is observed on AppSync, UNVERIFIED against a documented page).
import { GraphQLError, type SourceLocation } from 'graphql';
import type { AppSyncErrorShape } from '../../../contracts/index.ts';

/**
 * What a field throws to graphql-js when it fails (util.error, Unauthorized, limits): an Error, as
 * graphql-js wants, carrying AppSync's error shape through to the response.
 */
export class AppSyncFieldError extends Error {
  readonly errorType: string | null;
  readonly data: unknown;
  readonly errorInfo: unknown;
  constructor(error: AppSyncErrorShape) {
    super(error.message);
    this.errorType = error.errorType;
    this.data = error.data;
    this.errorInfo = error.errorInfo;
  }
}

/** One entry of a GraphQL response's `errors`, as AppSync writes it. */
export interface AppSyncError extends AppSyncErrorShape {
  path: ReadonlyArray<string | number> | null;
  locations: Array<{ line: number; column: number; sourceName: null }> | null;
}

function locationsOf(locations: readonly SourceLocation[] | undefined): AppSyncError['locations'] {
  return locations ? locations.map((l) => ({ line: l.line, column: l.column, sourceName: null })) : null;
}

const NON_NULL = /^Cannot return null for non-nullable field (\w+)\.(\w+)\.$/;

export function formatError(
  error: GraphQLError,
  typeOf?: (parent: string, field: string) => string | undefined,
): AppSyncError {
  const original = error.originalError;
  if (original instanceof AppSyncFieldError) {
    return {
      path: error.path ?? null,
      data: original.data,
      errorType: original.errorType,
      errorInfo: original.errorInfo,
      locations: locationsOf(error.locations),
      message: original.message,
    };
  }
  const nonNull = NON_NULL.exec(error.message);
  if (nonNull && error.path) {
    const [, parent, field] = nonNull as unknown as [string, string, string];
    const type = typeOf?.(parent, field) ?? field;
    const where = `/${error.path.join('/')}`;
    const message = `Cannot return null for non-nullable type: '${type}' within parent '${parent}' (${where})`;
    return {
      path: error.path,
      data: null,
      errorType: null,
      errorInfo: null,
      locations: locationsOf(error.locations),
      message,
    };
  }
  const errorType = original ? 'Code' : null;
  return {
    path: error.path ?? null,
    data: null,
    errorType,
    errorInfo: null,
    locations: locationsOf(error.locations),
    message: error.message,
  };
}

/** A request-level error (validation, parsing) as AppSync words it. */
export function requestError(
  message: string,
  errorType: string | null,
  locations?: readonly SourceLocation[],
): AppSyncError {
  return { path: null, data: null, errorType, errorInfo: null, locations: locationsOf(locations), message };
}
