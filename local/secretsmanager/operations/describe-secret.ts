// DescribeSecret and ListSecrets: a secret's metadata, never its value.
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DescribeSecret.html
import type { StoredSecret } from '../store.ts';
import { secretOf, type Operation } from './operation.ts';

export function describe(secret: StoredSecret): Record<string, unknown> {
  return {
    ARN: secret.arn,
    Name: secret.name,
    ...(secret.description ? { Description: secret.description } : {}),
    Tags: secret.tags,
    CreatedDate: secret.createdDate,
    LastChangedDate: secret.lastChangedDate,
    VersionIdsToStages: Object.fromEntries(secret.versions.map((v) => [v.versionId, v.stages])),
  };
}

export const describeSecret: Operation = (store, input) => {
  const secret = secretOf(store, input);
  return 'error' in secret ? secret : { output: describe(secret) };
};

/** Every secret in one page (the twin holds a stack's few). */
export const listSecrets: Operation = (store) => ({ output: { SecretList: store.list().map(describe) } });
