// What a request must pass before any resolver runs, against the API's own schema: the document's
// cost and validity, the operation, and variables that coerce (ValidationError when they do not).
import { describe, expect, it } from 'vitest';
import { aliasBomb, fragmentBomb } from '../../../test/hostile/graphql-documents.ts';
import { loadSchemaSDL } from '../../../schema/load-schema.ts';
import type { ApiRuntime } from './api-runtime.ts';
import { createDocumentCache } from './document-cache.ts';
import { MAX_DOCUMENT_TOKENS, MAX_EXPANDED_FIELDS } from './document-cost.ts';
import { buildExecutableSchema } from './executable-schema.ts';
import { prepareOperation } from './prepare-operation.ts';

const schema = buildExecutableSchema(loadSchemaSDL());
const api = { schema, documents: createDocumentCache(schema, { queryDepthLimit: 10, introspection: true }) };
const prepare = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
  prepareOperation(api as ApiRuntime, { query, ...(variables ? { variables } : {}), operationName });
const ADD = 'mutation Add($q: Int!) { addToCart(sku: "SKU-1", quantity: $q) { itemCount } }';
const TOO_BIG = `the document selects more than ${MAX_EXPANDED_FIELDS} fields once its fragments are expanded`;

describe('prepareOperation', () => {
  it('prepares an ordinary operation with the variables as sent', () => {
    const prepared = prepare(ADD, { q: 2 });
    expect(prepared.errors).toBeUndefined();
    expect(prepared).toMatchObject({ operation: { name: { value: 'Add' } }, variables: { q: 2 } });
  });

  it.each([
    ['out of Int range', 2147483648, 'Int cannot represent non 32-bit signed integer value: 2147483648'],
    ['a string for an Int', 'two', 'Int cannot represent non-integer value: "two"'],
    ['null for a non-null Int', null, 'Variable "$q" of non-null type "Int!" must not be null.'],
  ])('answers a variable %s with a ValidationError at the variable', (_, q, message) => {
    expect(prepare(ADD, { q })).toEqual({
      errors: [
        {
          path: null,
          data: null,
          errorType: 'ValidationError',
          errorInfo: null,
          locations: [{ line: 1, column: 14, sourceName: null }],
          message: expect.stringContaining(message),
        },
      ],
    });
  });

  it('answers a variable that is not a valid AWS scalar with a ValidationError', () => {
    const query = 'mutation P($phone: AWSPhone) { updateProfile(input: { phone: $phone }) { id } }';
    expect(prepare(query, { phone: 'call me maybe' }).errors?.[0]).toMatchObject({
      errorType: 'ValidationError',
      message: expect.stringContaining("not a valid 'AWSPhone'"),
    });
  });

  it('names an operationName that is not in the document', () => {
    expect(prepare(ADD, { q: 1 }, 'Other').errors?.[0]).toMatchObject({
      errorType: 'ValidationError',
      message: expect.stringMatching(/^Validation error of type UnknownOperation: /),
    });
  });

  it.each([24, 40, 400])('refuses a fragment bomb of %i levels as a ValidationError', (levels) => {
    expect(prepare(fragmentBomb(levels)).errors).toEqual([
      expect.objectContaining({ errorType: 'ValidationError', message: expect.stringContaining(TOO_BIG) }),
    ]);
  });

  it('refuses a fragment bomb under a field, where the depth stays small', () => {
    const bomb = fragmentBomb(30, 'id name slug', 'Category').replace('{ ...F30 }', '{ categories { ...F30 } }');
    expect(prepare(bomb).errors?.[0]?.message).toContain(TOO_BIG);
  });

  it('refuses an alias flood by its fields, and a longer one by its tokens', () => {
    expect(prepare(aliasBomb(MAX_EXPANDED_FIELDS / 2 + 1)).errors?.[0]?.message).toContain(TOO_BIG);
    expect(prepare(aliasBomb(10_000)).errors?.[0]).toMatchObject({
      errorType: 'ValidationError',
      // graphql-js's own wording ("more that" in 16.x)
      message: expect.stringMatching(
        new RegExp(`^Validation error of type InvalidSyntax: .* ${MAX_DOCUMENT_TOKENS} tokens`),
      ),
    });
    expect(prepare(aliasBomb(MAX_EXPANDED_FIELDS / 2)).errors).toBeUndefined();
  });

  it('keeps the depth limit and refuses a document nested too deeply to parse', () => {
    const nest = (depth: number): string => (depth === 0 ? 'id' : `category { ${nest(depth - 1)} }`);
    expect(prepare(`{ listProducts { items { ${nest(10)} } } }`).errors?.[0]).toMatchObject({
      errorType: 'QueryDepthLimitReached',
      message: 'Query depth 13 exceeds the maximum allowed depth of 10',
    });
    const deep = `{ categories ${'{ id '.repeat(2400)}${'}'.repeat(2400)} }`;
    expect(prepare(deep).errors?.[0]?.errorType).toBe('ValidationError');
  });
});
