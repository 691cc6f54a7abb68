// What Query and Scan share: nextToken ↔ ExclusiveStartKey, limit, select, and the result shape.
import { randomUUID } from 'node:crypto';
import type { Select } from '@aws-sdk/client-dynamodb';
import type { DataSourceOutcome } from '../data-source.ts';
import { serviceMessage } from './errors.ts';
import type { TokenScope } from './next-token.ts';
import type { OperationContext } from './operation.ts';
import { describe, optionalInteger, optionalString, RequestError, type JsonObject } from './request-error.ts';
import { toPlainItem, type AttributeMap } from './typed-values.ts';

export const INVALID_TOKEN_MESSAGE =
  'Invalid nextToken: it is malformed, was altered, or was issued to a different resolver, table or index';

const SELECTS = ['ALL_ATTRIBUTES', 'ALL_PROJECTED_ATTRIBUTES', 'SPECIFIC_ATTRIBUTES'];

export function tokenScope(operation: 'Query' | 'Scan', index: string | undefined, ctx: OperationContext): TokenScope {
  return { callerId: ctx.invocation.callerId, operation, table: ctx.tableName, index };
}

export function readPaging(request: JsonObject, scope: TokenScope, ctx: OperationContext) {
  const limit = optionalInteger(request['limit'], 'limit');
  const token = optionalString(request['nextToken'], 'nextToken');
  const select = request['select'];
  if (select !== undefined && select !== null && !SELECTS.includes(select as string)) {
    throw new RequestError(`'select' must be one of ${SELECTS.join(', ')}, got ${describe(select)}.`);
  }
  let ExclusiveStartKey: AttributeMap | undefined;
  if (token !== undefined) {
    try {
      ExclusiveStartKey = ctx.tokens.decode(token, scope);
    } catch {
      throw new RequestError(serviceMessage(INVALID_TOKEN_MESSAGE, 400, randomUUID()), 'DynamoDB:DynamoDbException');
    }
  }
  return {
    ...(limit === undefined ? {} : { Limit: limit }),
    ...(ExclusiveStartKey ? { ExclusiveStartKey } : {}),
    ...(select == null ? {} : { Select: select as Select }),
  };
}

export function pageResult(
  out: { Items?: AttributeMap[]; LastEvaluatedKey?: AttributeMap; ScannedCount?: number },
  scope: TokenScope,
  ctx: OperationContext,
): DataSourceOutcome {
  return {
    result: {
      items: (out.Items ?? []).map(toPlainItem),
      nextToken: out.LastEvaluatedKey ? ctx.tokens.encode(out.LastEvaluatedKey, scope) : null,
      scannedCount: out.ScannedCount ?? 0,
    },
  };
}
