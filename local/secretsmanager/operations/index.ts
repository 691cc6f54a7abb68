// The actions the twin answers, by X-Amz-Target: what the shop's functions and its runbook use.
import { describeSecret, listSecrets } from './describe-secret.ts';
import { getSecretValue } from './get-secret-value.ts';
import type { Operation } from './operation.ts';
import { putSecretValue } from './put-secret-value.ts';

export { serviceError, type Answer, type Operation } from './operation.ts';

export const OPERATIONS: Readonly<Record<string, Operation>> = {
  GetSecretValue: getSecretValue,
  PutSecretValue: putSecretValue,
  DescribeSecret: describeSecret,
  ListSecrets: listSecrets,
};
