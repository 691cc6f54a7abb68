// Reading { query, variables, operationName, extensions }: anything malformed is a value, never a throw.
import { describe, expect, it } from 'vitest';
import { checkGraphQLRequest, parseGraphQLRequest } from './graphql-request.ts';

const refused = (message: string) => ({ problem: { errorType: 'MalformedHttpRequestException', message } });
const NOT_OBJECT = 'The request body is not a JSON object { query, variables, operationName }';

describe('parseGraphQLRequest', () => {
  it('keeps a well-formed request, null members meaning none', () => {
    expect(parseGraphQLRequest('{"query":"{ categories { id } }"}', 'The request body')).toEqual({
      request: { query: '{ categories { id } }' },
    });
    const full = { query: 'query A { categories { id } }', variables: { a: 1 }, operationName: 'A', extensions: {} };
    expect(parseGraphQLRequest(JSON.stringify(full), 'x')).toEqual({
      request: { query: full.query, variables: { a: 1 }, operationName: 'A' },
    });
    const nulls = { query: '{ categories { id } }', variables: null, operationName: null, extensions: null };
    expect(parseGraphQLRequest(JSON.stringify(nulls), 'x').problem).toBeUndefined();
  });

  it.each([
    ['an empty body', '  ', 'The request body is empty.'],
    ['text that is not JSON', 'meow', NOT_OBJECT],
    ['a JSON array', '[{"query":"{ categories { id } }"}]', NOT_OBJECT],
    ['a JSON string', '"{ categories { id } }"', NOT_OBJECT],
    ['JSON null', 'null', NOT_OBJECT],
    ['an object without query', '{}', 'Unable to parse GraphQL query.'],
    ['a numeric query', '{"query":5}', 'Unable to parse GraphQL query.'],
    ['an empty query', '{"query":" "}', 'Unable to parse GraphQL query.'],
  ])('refuses %s', (_, text, message) => {
    expect(parseGraphQLRequest(text, 'The request body')).toEqual(refused(message));
  });

  it.each([5, 'x', true, [], [1]])('refuses variables %j that are not an object', (variables) => {
    expect(checkGraphQLRequest({ query: '{ categories { id } }', variables }, 'x')).toEqual(
      refused('variables must be a JSON object (or null)'),
    );
  });

  it.each([5, true, {}, ['A']])('refuses operationName %j that is not a string', (operationName) => {
    expect(checkGraphQLRequest({ query: '{ categories { id } }', operationName }, 'x')).toEqual(
      refused('operationName must be a string (or null)'),
    );
  });

  it.each([5, 'x', []])('refuses extensions %j that are not an object', (extensions) => {
    expect(checkGraphQLRequest({ query: '{ categories { id } }', extensions }, 'x')).toEqual(
      refused('extensions must be a JSON object (or null)'),
    );
  });
});
