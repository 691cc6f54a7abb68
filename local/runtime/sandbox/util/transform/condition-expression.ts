// util.transform.toDynamoDBConditionExpression(conditionObject) → JSON string.
// On AWS it renders every input exactly as toDynamoDBFilterExpression does (attributeExists,
// attributeType and size are accepted by both), so both share one renderer.
import { buildExpressionJson } from './expression-builder.ts';

export function toDynamoDBConditionExpression(condition?: unknown): string | null {
  return buildExpressionJson(condition);
}
