// Filter objects (the util.transform language) given as `condition` / `filter` to the helpers.
// They are rendered exactly as util.transform.toDynamoDBConditionExpression renders them.
//
// UNVERIFIED against AWS:
// - A condition or filter of null/undefined is left out of the request; so is one rendering an empty
//   expression (e.g. `{}`), which DynamoDB would refuse.
// - A condition or filter that util.transform cannot render (it answers null there) makes the helper
//   throw an Error naming the helper.

import { buildExpression, type DynamoDBExpression } from '../util/transform/expression-builder.ts';

export function toConditionExpression(filter: unknown, where: string): DynamoDBExpression | undefined {
  if (filter === undefined || filter === null) return undefined;
  const built = buildExpression(filter);
  if (built === null) throw new Error(`${where}: the filter object cannot be rendered as a DynamoDB expression`);
  return built.expression === '' ? undefined : built;
}
