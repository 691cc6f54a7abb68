// util.transform.toDynamoDBFilterExpression(filterObject) → JSON string
// {"expression","expressionNames","expressionValues"}, or null when AWS cannot render the filter.
import { buildExpressionJson } from './expression-builder.ts';

export function toDynamoDBFilterExpression(filter?: unknown): string | null {
  return buildExpressionJson(filter);
}
