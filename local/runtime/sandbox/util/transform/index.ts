// util.transform, as exposed to resolver code.
import { toDynamoDBConditionExpression } from './condition-expression.ts';
import { toDynamoDBFilterExpression } from './filter-expression.ts';
import { toElasticsearchQueryDSL } from './opensearch-dsl.ts';
import { toSubscriptionFilter } from './subscription-filter.ts';

export { toDynamoDBConditionExpression, toDynamoDBFilterExpression, toElasticsearchQueryDSL, toSubscriptionFilter };
export { buildExpression, type DynamoDBExpression } from './expression-builder.ts';
export type { SubscriptionFilter, SubscriptionFilterEntry } from './subscription-filter.ts';

export const transform = {
  toDynamoDBFilterExpression,
  toDynamoDBConditionExpression,
  toElasticsearchQueryDSL,
  toSubscriptionFilter,
};
