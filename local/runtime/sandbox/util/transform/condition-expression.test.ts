import { describe, expect, it } from 'vitest';
import { toDynamoDBConditionExpression } from './condition-expression.ts';
import { toDynamoDBFilterExpression } from './filter-expression.ts';

// Expected values: AWS EvaluateCode results recorded in localstack/appsync-utils
// __tests__/__snapshots__/transform.test.js.snap and index.test.js.snap.

const render = (condition: unknown): unknown => {
  const json = toDynamoDBConditionExpression(condition);
  return json === null ? null : JSON.parse(json);
};

describe('toDynamoDBConditionExpression (AWS)', () => {
  it('is a JSON string', () => {
    expect(toDynamoDBConditionExpression({ and: [{ id: { attributeExists: false } }] })).toBe(
      '{"expression":"(attribute_not_exists(#id))","expressionNames":{"#id":"id"},"expressionValues":{}}',
    );
  });

  it('attributeExists beside an equality', () => {
    expect(render({ id: { attributeExists: true }, version: { eq: 10 } })).toEqual({
      expression: '(attribute_exists(#id)) AND (#version = :version_eq)',
      expressionNames: { '#id': 'id', '#version': 'version' },
      expressionValues: { ':version_eq': { N: 10 } },
    });
  });

  it('the condition Amplify generates for an update', () => {
    expect(render({ and: [{ id: { attributeExists: true } }, { _version: { eq: 1 } }] })).toEqual({
      expression: '((attribute_exists(#id)) AND (#_version = :and_1__version_eq))',
      expressionNames: { '#_version': '_version', '#id': 'id' },
      expressionValues: { ':and_1__version_eq': { N: 1 } },
    });
  });

  it.each([
    [
      'a comparison',
      { content: { eq: 'x' } },
      {
        expression: '(#content = :content_eq)',
        expressionNames: { '#content': 'content' },
        expressionValues: { ':content_eq': { S: 'x' } },
      },
    ],
    [
      'a group of two members',
      { and: [{ content: { eq: 'x' } }, { version: { attributeExists: true } }] },
      {
        expression: '((#content = :and_0_content_eq) AND (attribute_exists(#version)))',
        expressionNames: { '#content': 'content', '#version': 'version' },
        expressionValues: { ':and_0_content_eq': { S: 'x' } },
      },
    ],
    [
      'a negated range',
      { not: { id: { between: ['1', '9'] } } },
      {
        expression: '(NOT (#id BETWEEN :not_id_between_start AND :not_id_between_end))',
        expressionNames: { '#id': 'id' },
        expressionValues: { ':not_id_between_start': { S: '1' }, ':not_id_between_end': { S: '9' } },
      },
    ],
  ])('renders %s exactly as the filter entry point does', (_name, input, expected) => {
    expect(render(input)).toEqual(expected);
    expect(toDynamoDBConditionExpression(input)).toBe(toDynamoDBFilterExpression(input));
  });

  it('answers null for what it cannot render', () => {
    expect(toDynamoDBConditionExpression(null)).toBeNull();
    expect(toDynamoDBConditionExpression({ v: { foo: 1 } })).toBeNull();
  });
});
