// One Secrets Manager action: its JSON input in, its JSON output or an AWS error out, as values.
import type { SecretStore, StoredSecret } from '../store.ts';

export interface ServiceError {
  error: { status: number; type: string; message: string };
}

export type Answer = { output: Record<string, unknown> } | ServiceError;

export type Operation = (store: SecretStore, input: Record<string, unknown>) => Promise<Answer> | Answer;

export const serviceError = (type: string, message: string, status = 400): ServiceError => ({
  error: { status, type, message },
});

/** The secret named by SecretId (its name or ARN), or Secrets Manager's not-found error. */
export function secretOf(store: SecretStore, input: Record<string, unknown>): StoredSecret | ServiceError {
  if (typeof input.SecretId !== 'string' || input.SecretId.length === 0 || input.SecretId.length > 2048)
    return serviceError('InvalidParameterException', 'You must provide a valid SecretId (1 to 2048 characters).');
  const secret = store.find(input.SecretId);
  return secret ?? serviceError('ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
}
