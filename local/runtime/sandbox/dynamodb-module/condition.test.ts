import { describe, expect, it } from 'vitest';
import { toConditionExpression } from './condition.ts';

describe('conditions and filters of the module', () => {
  const LIKE_AWS =
    'render like util.transform.toDynamoDBConditionExpression (AWS, localstack/appsync-utils index.test.js.snap)';
  it(LIKE_AWS, () => {
    expect(toConditionExpression({ id: { attributeExists: true }, version: { eq: 10 } }, 'put')).toEqual({
      expression: '(attribute_exists(#id)) AND (#version = :version_eq)',
      expressionNames: { '#id': 'id', '#version': 'version' },
      expressionValues: { ':version_eq': { N: 10 } },
    });
  });

  it('are left out when absent or empty (not captured on AWS)', () => {
    expect(toConditionExpression(undefined, 'put')).toBeUndefined();
    expect(toConditionExpression(null, 'put')).toBeUndefined();
    expect(toConditionExpression({}, 'put')).toBeUndefined();
  });

  it('throw when util.transform could not render them (not captured on AWS)', () => {
    expect(() => toConditionExpression({ v: { foo: 1 } }, 'update')).toThrow(
      'update: the filter object cannot be rendered as a DynamoDB expression',
    );
    expect(() => toConditionExpression('x', 'scan')).toThrow('scan:');
  });
});
