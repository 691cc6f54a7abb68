// The AppSync control-plane operations the stack uses, as values: UpdateApiKey (the key's renewal) and
// ListApiKeys (to read a key's expiry back). Errors are AppSync's: an error type and a `message`.
// https://docs.aws.amazon.com/appsync/latest/APIReference/API_UpdateApiKey.html
// https://docs.aws.amazon.com/appsync/latest/APIReference/API_ListApiKeys.html
import type { ApiKeyStore } from './api-keys.ts';

const DAY_S = 86_400;
/** UpdateApiKey's bounds: the new expiry is 1 to 365 days after the update (ApiKeyValidityOutOfBoundsException). */
export const MIN_VALIDITY_S = DAY_S;
export const MAX_VALIDITY_S = 365 * DAY_S;

export type ControlErrorType =
  'ApiKeyValidityOutOfBoundsException' | 'BadRequestException' | 'NotFoundException' | 'UnknownOperationException';

export type ControlAnswer =
  | { status: 200; body: unknown; errorType?: undefined }
  | { status: number; errorType: ControlErrorType; body: { message: string } };

const error = (status: number, errorType: ControlErrorType, message: string): ControlAnswer => ({
  status,
  errorType,
  body: { message },
});

// Messages: UNVERIFIED against AWS (the API reference gives the error types and statuses, not the texts).
const apiNotFound = (apiId: string) => error(404, 'NotFoundException', `GraphQL API ${apiId} not found.`);
const keyNotFound = (id: string) => error(404, 'NotFoundException', `API key ${id} not found.`);

interface UpdateInput {
  expires?: number;
  description?: string;
}

function readUpdate(body: unknown): UpdateInput | ControlAnswer {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return error(400, 'BadRequestException', 'The request body must be a JSON object.');
  const { expires, description } = body as Record<string, unknown>;
  if (expires !== undefined && !Number.isSafeInteger(expires))
    return error(400, 'BadRequestException', 'expires must be a whole number of seconds since the epoch.');
  if (description !== undefined && typeof description !== 'string')
    return error(400, 'BadRequestException', 'description must be a string.');
  return {
    ...(expires !== undefined ? { expires: expires as number } : {}),
    ...(description !== undefined ? { description } : {}),
  };
}

/** POST /v1/apis/{apiId}/apikeys/{id}: a new expiry 1–365 days from now and/or a description. */
export async function updateApiKey(
  store: ApiKeyStore,
  apiId: string,
  id: string,
  body: unknown,
  nowMs: number,
): Promise<ControlAnswer> {
  if (apiId !== store.apiId) return apiNotFound(apiId);
  const nowS = nowMs / 1000;
  // A key can be updated as long as it is not deleted (UpdateApiKey), even after it expired.
  if (!store.find(id, nowS)) return keyNotFound(id);
  const input = readUpdate(body);
  if ('status' in input) return input;
  // The bound is checked on the value sent, before AppSync rounds it down to the hour (UNVERIFIED against AWS).
  if (input.expires !== undefined && (input.expires < nowS + MIN_VALIDITY_S || input.expires > nowS + MAX_VALIDITY_S))
    return error(
      400,
      'ApiKeyValidityOutOfBoundsException',
      'The API key expiration must be between 1 and 365 days from the update.',
    );
  const apiKey = await store.update(id, input);
  return apiKey ? { status: 200, body: { apiKey } } : keyNotFound(id);
}

/** GET /v1/apis/{apiId}/apikeys: every key not yet deleted, expired ones included (ListApiKeys), in one page. */
export function listApiKeys(store: ApiKeyStore, apiId: string, nowMs: number): ControlAnswer {
  if (apiId !== store.apiId) return apiNotFound(apiId);
  return { status: 200, body: { apiKeys: store.list(nowMs / 1000) } };
}

/** Any other method or path under /v1/apis (UNVERIFIED against AWS: its answer for operations not emulated). */
export function unknownOperation(method: string, path: string): ControlAnswer {
  return error(404, 'UnknownOperationException', `${method} ${path} is not an operation the local AppSync emulates.`);
}
