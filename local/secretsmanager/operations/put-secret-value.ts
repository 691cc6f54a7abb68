// PutSecretValue: a new AWSCURRENT version; ClientRequestToken makes retries idempotent.
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_PutSecretValue.html
import { secretOf, serviceError, type Operation } from './operation.ts';

const MAX_SECRET_BYTES = 65_536;

export const putSecretValue: Operation = async (store, input) => {
  const secret = secretOf(store, input);
  if ('error' in secret) return secret;
  if (typeof input.SecretString !== 'string')
    return serviceError('InvalidRequestException', 'You must provide either SecretString or SecretBinary.');
  if (Buffer.byteLength(input.SecretString) > MAX_SECRET_BYTES)
    return serviceError('InvalidParameterException', 'SecretString must be at most 65536 bytes.');
  const token = typeof input.ClientRequestToken === 'string' ? input.ClientRequestToken : undefined;
  const version = await store.put(secret, input.SecretString, token);
  if (version === 'token-reused')
    return serviceError('ResourceExistsException', 'You can’t modify an existing version, only create a new one.');
  return {
    output: { ARN: secret.arn, Name: secret.name, VersionId: version.versionId, VersionStages: version.stages },
  };
};
