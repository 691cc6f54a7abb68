// The `query` section (key condition) built by ddb.query() from {field: {operator: value}}.
// The partition key takes `eq`; the sort key one of eq, le, lt, ge, gt, between, beginsWith.
//
// UNVERIFIED against AWS:
// - The key condition is rendered by the same renderer as filters, so it reads
//   "(#id = :id_eq) AND (begins_with(#sk,:sk_beginsWith))" with names {"#id": "id", "#sk": "sk"}
//   and values {":id_eq": …, ":sk_beginsWith": …} — a form DynamoDB accepts as a key condition.
// - Any other operator (or and/or/not, or a field holding a value) throws an Error; the number of
//   fields and which one is the partition key are left for DynamoDB to check.

import { isPlainObject } from '../util/dynamodb.ts';
import { buildExpression, type DynamoDBExpression } from '../util/transform/expression-builder.ts';

const KEY_OPERATORS = ['eq', 'le', 'lt', 'ge', 'gt', 'between', 'beginsWith'];

function checkField(field: string, operators: unknown): void {
  if (!isPlainObject(operators)) {
    throw new Error(`query: key condition for "${field}" must be an object such as { eq: value }`);
  }
  for (const operator of Object.keys(operators)) {
    if (!KEY_OPERATORS.includes(operator)) {
      throw new Error(
        `query: key condition operator "${operator}" on "${field}" is not one of ${KEY_OPERATORS.join(', ')}`,
      );
    }
  }
}

export function toKeyCondition(query: unknown): DynamoDBExpression {
  if (!isPlainObject(query) || Object.keys(query).length === 0) {
    throw new Error('query: `query` must be a key condition object such as { id: { eq: value } }');
  }
  for (const [field, operators] of Object.entries(query)) checkField(field, operators);
  const built = buildExpression(query);
  if (built === null || built.expression === '') throw new Error('query: the key condition cannot be rendered');
  return built;
}
