// The one shape of an AppSync error, as resolvers raise it (util.error) and as it reaches the
// GraphQL response's `errors`: message, errorType, data, errorInfo
// (https://docs.aws.amazon.com/appsync/latest/devguide/built-in-util-js.html, util.error).

export interface AppSyncErrorShape {
  message: string;
  errorType: string | null;
  data: unknown;
  errorInfo: unknown;
}

/** A fault in resolver code or in how it is configured: AppSync's `Code` error. */
export function codeError(message: string, errorInfo: unknown = null): AppSyncErrorShape {
  return { message, errorType: 'Code', data: null, errorInfo };
}

/** AppSync's words when the caller's auth mode (or group) may not read a field. */
export function notAuthorizedMessage(fieldName: string, parentTypeName: string): string {
  return `Not Authorized to access ${fieldName} on type ${parentTypeName}`;
}

/** The error AppSync gives a field the caller may not read, or a handler's util.unauthorized(). */
export function unauthorizedError(fieldName: string, parentTypeName: string): AppSyncErrorShape {
  return {
    message: notAuthorizedMessage(fieldName, parentTypeName),
    errorType: 'Unauthorized',
    data: null,
    errorInfo: null,
  };
}
