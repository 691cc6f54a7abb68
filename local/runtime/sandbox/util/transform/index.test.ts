import { describe, expect, it } from 'vitest';
import { toDynamoDBConditionExpression } from './condition-expression.ts';
import { toDynamoDBFilterExpression } from './filter-expression.ts';
import { transform } from './index.ts';
import { toElasticsearchQueryDSL } from './opensearch-dsl.ts';
import { toSubscriptionFilter } from './subscription-filter.ts';

describe('util.transform object', () => {
  it('exposes exactly the four APPSYNC_JS transform helpers', () => {
    expect(Object.keys(transform).sort()).toEqual([
      'toDynamoDBConditionExpression',
      'toDynamoDBFilterExpression',
      'toElasticsearchQueryDSL',
      'toSubscriptionFilter',
    ]);
    expect(transform.toDynamoDBFilterExpression).toBe(toDynamoDBFilterExpression);
    expect(transform.toDynamoDBConditionExpression).toBe(toDynamoDBConditionExpression);
    expect(transform.toElasticsearchQueryDSL).toBe(toElasticsearchQueryDSL);
    expect(transform.toSubscriptionFilter).toBe(toSubscriptionFilter);
  });

  it('answers JSON strings, except toSubscriptionFilter which answers an object', () => {
    expect(typeof transform.toDynamoDBFilterExpression({ a: { eq: 1 } })).toBe('string');
    expect(typeof transform.toDynamoDBConditionExpression({ a: { eq: 1 } })).toBe('string');
    expect(typeof transform.toElasticsearchQueryDSL({ a: { eq: 1 } })).toBe('string');
    expect(transform.toSubscriptionFilter({ a: { eq: 1 } })).toEqual({
      filterGroup: [{ filters: [{ fieldName: 'a', operator: 'eq', value: 1 }] }],
    });
  });
});
