// The `condition` of PutItem / UpdateItem / DeleteItem and what AppSync does when it fails:
// if the stored item already is the intended outcome the write counts as done (a retried
// mutation), otherwise the Reject strategy answers ConditionalCheckFailedException with the
// current item in `error.data`.
import type { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DataSourceOutcome } from '../data-source.ts';
import { fromServiceError } from './errors.ts';
import type { ExpressionBag } from './expressions.ts';
import { describe, isRecord, requireArray, requireRecord, RequestError, type JsonObject } from './request-error.ts';
import { toPlainOrNull, type AttributeMap } from './typed-values.ts';

export interface ConditionParams {
  ConditionExpression?: string;
  /** The stored item comes back with the failure, atomically, instead of a second read. */
  ReturnValuesOnConditionCheckFailure?: 'ALL_OLD';
}

export interface Condition {
  params: ConditionParams;
  equalsIgnore: string[];
}

export function readCondition(request: JsonObject, bag: ExpressionBag): Condition {
  const value = request['condition'];
  if (value === undefined || value === null) return { params: {}, equalsIgnore: [] };
  const condition = requireRecord(value, 'condition');
  const handler = condition['conditionalCheckFailedHandler'];
  if (handler !== undefined && handler !== null) {
    const strategy = requireRecord(handler, 'condition.conditionalCheckFailedHandler')['strategy'];
    if (strategy === 'Custom') {
      throw new RequestError(
        "conditionalCheckFailedHandler strategy 'Custom' (a Lambda that decides) " +
          "is not supported by the local DynamoDB data source; use 'Reject'.",
      );
    }
    if (strategy !== 'Reject') {
      throw new RequestError(
        `condition.conditionalCheckFailedHandler.strategy must be 'Reject' or 'Custom', got ${describe(strategy)}.`,
      );
    }
  }
  const consistentRead = condition['consistentRead'];
  if (consistentRead !== undefined && consistentRead !== null && typeof consistentRead !== 'boolean') {
    throw new RequestError(`Expected a boolean at 'condition.consistentRead', got ${describe(consistentRead)}.`);
  }
  const ignore = condition['equalsIgnore'];
  const equalsIgnore = ignore === undefined || ignore === null ? [] : requireArray(ignore, 'condition.equalsIgnore');
  if (!equalsIgnore.every((name): name is string => typeof name === 'string')) {
    throw new RequestError("Expected an array of attribute names at 'condition.equalsIgnore'.");
  }
  return {
    params: { ConditionExpression: bag.add(condition, 'condition'), ReturnValuesOnConditionCheckFailure: 'ALL_OLD' },
    equalsIgnore,
  };
}

/**
 * Outcome of a write whose condition failed. `alreadyDone` says whether the stored item (undefined
 * when there is none) already is what the write meant to leave behind.
 */
export function conditionFailed(
  err: ConditionalCheckFailedException,
  alreadyDone: (current: AttributeMap | undefined) => boolean,
): DataSourceOutcome {
  const current = isRecord(err.Item) ? (err.Item as AttributeMap) : undefined;
  if (alreadyDone(current)) return { result: toPlainOrNull(current) };
  return { error: fromServiceError(err, toPlainOrNull(current)) };
}
