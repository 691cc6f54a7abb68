import { describe, expect, it } from 'vitest';
import { toDynamoDBFilterExpression } from './filter-expression.ts';

// Every expected value in this file is an AWS EvaluateCode result, recorded in
// localstack/appsync-utils __tests__/__snapshots__/transform.test.js.snap (and index.test.js.snap
// for the "Hello World" case) unless the test name says otherwise. AWS orders the keys of
// expressionNames/expressionValues arbitrarily, so most cases compare the parsed object; the
// `expression` string is compared verbatim.

const render = (filter?: unknown): unknown => {
  const json = toDynamoDBFilterExpression(filter);
  return json === null ? null : JSON.parse(json);
};

const N = (n: number) => ({ N: n });
const S = (s: string) => ({ S: s });

describe('toDynamoDBFilterExpression — the shape of the result (AWS)', () => {
  it('is a JSON string with no space after the comma of a function', () => {
    expect(toDynamoDBFilterExpression({ title: { contains: 'Hello World' } })).toBe(
      '{"expression":"(contains(#title,:title_contains))","expressionNames":{"#title":"title"},' +
        '"expressionValues":{":title_contains":{"S":"Hello World"}}}',
    );
    expect(toDynamoDBFilterExpression({ content: { contains: 'foo' } })).toBe(
      '{"expression":"(contains(#content,:content_contains))","expressionNames":{"#content":"content"},' +
        '"expressionValues":{":content_contains":{"S":"foo"}}}',
    );
  });
});

describe('toDynamoDBFilterExpression — operators (AWS)', () => {
  it.each([
    ['eq', '='],
    ['ne', '<>'],
    ['lt', '<'],
    ['le', '<='],
    ['gt', '>'],
    ['ge', '>='],
  ])('%s renders %s', (op, symbol) => {
    expect(render({ v: { [op]: 'x' } })).toEqual({
      expression: `(#v ${symbol} :v_${op})`,
      expressionNames: { '#v': 'v' },
      expressionValues: { [`:v_${op}`]: S('x') },
    });
  });

  it.each([
    ['a number keeps its numeric type', 10, N(10)],
    ['a fractional number', 1.5, N(1.5)],
    ['a boolean', true, { BOOL: true }],
    ['null', null, { NULL: null }],
    ['an object', { a: 1 }, { M: { a: N(1) } }],
    ['a list', [1, 2], { L: [N(1), N(2)] }],
  ])('operand type: %s', (_name, operand, typed) => {
    expect(render({ v: { eq: operand } })).toEqual({
      expression: '(#v = :v_eq)',
      expressionNames: { '#v': 'v' },
      expressionValues: { ':v_eq': typed },
    });
  });

  it.each([
    ['contains', '(contains(#v,:v_contains))'],
    ['notContains', '(NOT contains(#v,:v_notContains))'],
    ['beginsWith', '(begins_with(#v,:v_beginsWith))'],
  ])('function operator %s', (op, expression) => {
    expect(render({ v: { [op]: 'x' } })).toEqual({
      expression,
      expressionNames: { '#v': 'v' },
      expressionValues: { [`:v_${op}`]: S('x') },
    });
  });

  it('between names its bounds start and end, and ignores a third bound', () => {
    const expected = {
      expression: '(#v BETWEEN :v_between_start AND :v_between_end)',
      expressionNames: { '#v': 'v' },
      expressionValues: { ':v_between_start': S('1'), ':v_between_end': S('9') },
    };
    expect(render({ v: { between: ['1', '9'] } })).toEqual(expected);
    expect(render({ v: { between: ['1', '9', '3'] } })).toEqual(expected);
    expect(render({ v: { between: [1, 9] } })).toEqual({
      ...expected,
      expressionValues: { ':v_between_start': N(1), ':v_between_end': N(9) },
    });
  });

  it('in separates its values with a comma and a space', () => {
    expect(render({ v: { in: ['a', 'b'] } })).toEqual({
      expression: '(#v IN (:v_in_0, :v_in_1))',
      expressionNames: { '#v': 'v' },
      expressionValues: { ':v_in_0': S('a'), ':v_in_1': S('b') },
    });
    expect(render({ v: { in: ['a'] } })).toEqual({
      expression: '(#v IN (:v_in_0))',
      expressionNames: { '#v': 'v' },
      expressionValues: { ':v_in_0': S('a') },
    });
  });

  it('attributeExists true and false', () => {
    expect(render({ v: { attributeExists: true } })).toEqual({
      expression: '(attribute_exists(#v))',
      expressionNames: { '#v': 'v' },
      expressionValues: {},
    });
    expect(render({ v: { attributeExists: false } })).toEqual({
      expression: '(attribute_not_exists(#v))',
      expressionNames: { '#v': 'v' },
      expressionValues: {},
    });
  });

  it('attributeType turns every friendly type name into its DynamoDB type code', () => {
    const names = [
      '_null',
      'string',
      'stringSet',
      'number',
      'numberSet',
      'binary',
      'binarySet',
      'boolean',
      'list',
      'map',
    ];
    const codes = ['NULL', 'S', 'SS', 'N', 'NS', 'B', 'BS', 'BOOL', 'L', 'M'];
    const fields = 'abcdefghij'.split('');
    const filter = Object.fromEntries(fields.map((f, i) => [f, { attributeType: names[i] }]));
    expect(render(filter)).toEqual({
      expression: fields.map((f) => `(attribute_type(#${f},:${f}_attributeType))`).join(' AND '),
      expressionNames: Object.fromEntries(fields.map((f) => [`#${f}`, f])),
      expressionValues: Object.fromEntries(fields.map((f, i) => [`:${f}_attributeType`, S(codes[i] as string)])),
    });
  });
});

describe('toDynamoDBFilterExpression — size (AWS)', () => {
  const v = { '#v': 'v' };
  it.each([
    ['compares the size', { gt: 2 }, '(size(#v) > :v_size_gt)', { ':v_size_gt': N(2) }],
    [
      'combines with a range',
      { between: [1, 3] },
      '(size(#v) BETWEEN :v_size_between_start AND :v_size_between_end)',
      { ':v_size_between_start': N(1), ':v_size_between_end': N(3) },
    ],
    [
      'combines with a function',
      { contains: 'x' },
      '(contains(size(#v),:v_size_contains))',
      { ':v_size_contains': S('x') },
    ],
    ['combines with attributeExists', { attributeExists: true }, '(attribute_exists(size(#v)))', {}],
    [
      'two comparisons on one size',
      { gt: 2, lt: 5 },
      '((size(#v) > :v_size_gt) AND (size(#v) < :v_size_lt))',
      { ':v_size_gt': N(2), ':v_size_lt': N(5) },
    ],
    [
      'a nested size names the value again without nesting the call',
      { size: { gt: 1 } },
      '(size(#v) > :v_size_size_gt)',
      { ':v_size_size_gt': N(1) },
    ],
  ])('%s', (_name, sizeOperators, expression, expressionValues) => {
    expect(render({ v: { size: sizeOperators } })).toEqual({ expression, expressionNames: v, expressionValues });
  });
});

describe('toDynamoDBFilterExpression — grouping (AWS)', () => {
  const ab = { '#a': 'a', '#b': 'b' };
  const abc = { ...ab, '#c': 'c' };
  it.each([
    [
      'two top-level fields are joined without being wrapped',
      { a: { eq: 1 }, b: { eq: 2 } },
      '(#a = :a_eq) AND (#b = :b_eq)',
      ab,
      { ':a_eq': N(1), ':b_eq': N(2) },
    ],
    [
      'a field carrying two operators is wrapped',
      { v: { ge: 1, le: 5 } },
      '((#v >= :v_ge) AND (#v <= :v_le))',
      { '#v': 'v' },
      { ':v_ge': N(1), ':v_le': N(5) },
    ],
    [
      'an and of one member is not wrapped',
      { and: [{ a: { eq: 1 } }] },
      '(#a = :and_0_a_eq)',
      { '#a': 'a' },
      { ':and_0_a_eq': N(1) },
    ],
    [
      'an and of two members is wrapped',
      { and: [{ a: { eq: 1 } }, { b: { eq: 2 } }] },
      '((#a = :and_0_a_eq) AND (#b = :and_1_b_eq))',
      ab,
      { ':and_0_a_eq': N(1), ':and_1_b_eq': N(2) },
    ],
    [
      'an or of two members',
      { or: [{ a: { eq: 1 } }, { b: { eq: 2 } }] },
      '((#a = :or_0_a_eq) OR (#b = :or_1_b_eq))',
      ab,
      { ':or_0_a_eq': N(1), ':or_1_b_eq': N(2) },
    ],
    [
      'not of a single comparison',
      { not: { a: { eq: 1 } } },
      '(NOT (#a = :not_a_eq))',
      { '#a': 'a' },
      { ':not_a_eq': N(1) },
    ],
    [
      'not of a group',
      { not: { and: [{ a: { eq: 1 } }, { b: { eq: 2 } }] } },
      '(NOT ((#a = :not_and_0_a_eq) AND (#b = :not_and_1_b_eq)))',
      ab,
      { ':not_and_0_a_eq': N(1), ':not_and_1_b_eq': N(2) },
    ],
    [
      'not of a not',
      { not: { not: { a: { eq: 1 } } } },
      '(NOT (NOT (#a = :not_not_a_eq)))',
      { '#a': 'a' },
      { ':not_not_a_eq': N(1) },
    ],
    [
      'not inside an and',
      { and: [{ not: { a: { eq: 1 } } }, { b: { eq: 2 } }] },
      '((NOT (#a = :and_0_not_a_eq)) AND (#b = :and_1_b_eq))',
      ab,
      { ':and_0_not_a_eq': N(1), ':and_1_b_eq': N(2) },
    ],
    [
      'an and inside an or',
      { or: [{ and: [{ a: { eq: 1 } }, { b: { eq: 2 } }] }, { c: { eq: 3 } }] },
      '(((#a = :or_0_and_0_a_eq) AND (#b = :or_0_and_1_b_eq)) OR (#c = :or_1_c_eq))',
      abc,
      { ':or_0_and_0_a_eq': N(1), ':or_0_and_1_b_eq': N(2), ':or_1_c_eq': N(3) },
    ],
    [
      'an or inside an and',
      { and: [{ or: [{ a: { eq: 1 } }, { b: { eq: 2 } }] }, { c: { eq: 3 } }] },
      '(((#a = :and_0_or_0_a_eq) OR (#b = :and_0_or_1_b_eq)) AND (#c = :and_1_c_eq))',
      abc,
      { ':and_0_or_0_a_eq': N(1), ':and_0_or_1_b_eq': N(2), ':and_1_c_eq': N(3) },
    ],
    [
      'value names carry every level of the nesting',
      { and: [{ or: [{ and: [{ a: { eq: 1 } }] }] }] },
      '(#a = :and_0_or_0_and_0_a_eq)',
      { '#a': 'a' },
      { ':and_0_or_0_and_0_a_eq': N(1) },
    ],
    [
      'a field beside a group',
      { a: { eq: 1 }, and: [{ b: { eq: 2 } }] },
      '(#a = :a_eq) AND (#b = :and_0_b_eq)',
      ab,
      { ':a_eq': N(1), ':and_0_b_eq': N(2) },
    ],
    [
      'a field name is used verbatim, dots included',
      { 'a.b': { eq: 1 } },
      '(#a.b = :a.b_eq)',
      { '#a.b': 'a.b' },
      { ':a.b_eq': N(1) },
    ],
  ])('%s', (_name, filter, expression, expressionNames, expressionValues) => {
    expect(render(filter)).toEqual({ expression, expressionNames, expressionValues });
  });
});

describe('toDynamoDBFilterExpression — Amplify model filters (AWS)', () => {
  it.each([
    [
      'content and a flag',
      { and: [{ content: { contains: 'a' } }, { done: { eq: true } }] },
      '((contains(#content,:and_0_content_contains)) AND (#done = :and_1_done_eq))',
      { '#content': 'content', '#done': 'done' },
      { ':and_0_content_contains': S('a'), ':and_1_done_eq': { BOOL: true } },
    ],
    [
      'a prefix and a range',
      { or: [{ content: { beginsWith: 'a' } }, { id: { between: ['1', '9'] } }] },
      '((begins_with(#content,:or_0_content_beginsWith)) OR ' +
        '(#id BETWEEN :or_1_id_between_start AND :or_1_id_between_end))',
      { '#content': 'content', '#id': 'id' },
      { ':or_0_content_beginsWith': S('a'), ':or_1_id_between_start': S('1'), ':or_1_id_between_end': S('9') },
    ],
  ])('%s', (_name, filter, expression, expressionNames, expressionValues) => {
    expect(render(filter)).toEqual({ expression, expressionNames, expressionValues });
  });
});

describe('toDynamoDBFilterExpression — filters that render no expression (AWS)', () => {
  it.each([
    ['an empty filter', {}, '', {}, {}],
    ['an empty group', { and: [] }, '', {}, {}],
    ['a field without operators keeps its name', { v: {} }, '', { '#v': 'v' }, {}],
    ['a size without operators keeps the name of its field', { v: { size: {} } }, '', { '#v': 'v' }, {}],
    ['not of an empty filter', { not: {} }, '(NOT )', {}, {}],
    ['an empty list of values', { v: { in: [] } }, '(null)', { '#v': 'v' }, {}],
    [
      'an empty field beside a comparison leaves a dangling joiner',
      { a: { eq: 1 }, b: {} },
      '(#a = :a_eq) AND ',
      { '#a': 'a', '#b': 'b' },
      { ':a_eq': N(1) },
    ],
    [
      'an empty member of a group leaves a dangling joiner',
      { and: [{ a: { eq: 1 } }, {}] },
      '((#a = :and_0_a_eq) AND )',
      { '#a': 'a' },
      { ':and_0_a_eq': N(1) },
    ],
  ])('%s', (_name, filter, expression, expressionNames, expressionValues) => {
    expect(render(filter)).toEqual({ expression, expressionNames, expressionValues });
  });
});

describe('toDynamoDBFilterExpression — filters that cannot be rendered answer null (AWS)', () => {
  it.each([
    ['no filter at all', undefined],
    ['null', null],
    ['an array', []],
    ['a string', 'string'],
    ['an unknown operator', { v: { foo: 1 } }],
    ['a field holding a value instead of operators', { v: 'x' }],
    ['a field nested in a field', { a: { b: { eq: 1 } } }],
    ['an and given a map instead of a list', { and: { a: { eq: 1 } } }],
    ['an and given null', { and: null }],
    ['a group holding a null member', { and: [{ a: { eq: 1 } }, null] }],
    ['a not given a list', { not: [{ a: { eq: 1 } }] }],
    ['a range with a single bound', { v: { between: [1] } }],
    ['a range that is not a list', { v: { between: 'x' } }],
    ['a list of values that is not a list', { v: { in: 'x' } }],
    ['attributeExists given something other than a boolean', { v: { attributeExists: 'yes' } }],
    ['attributeType given a type code instead of a type name', { v: { attributeType: 'S' } }],
    ['attributeType given an unknown name', { v: { attributeType: 'bogus' } }],
    ['size given a value instead of operators', { v: { size: 3 } }],
  ])('%s', (_name, filter) => {
    expect(toDynamoDBFilterExpression(filter)).toBeNull();
  });

  it('called with no argument at all', () => {
    expect(toDynamoDBFilterExpression()).toBeNull();
  });
});

describe('toDynamoDBFilterExpression — not captured on AWS', () => {
  it('skips operators and fields whose value is undefined', () => {
    expect(render({ a: { eq: 1, ne: undefined }, b: undefined })).toEqual({
      expression: '(#a = :a_eq)',
      expressionNames: { '#a': 'a' },
      expressionValues: { ':a_eq': N(1) },
    });
  });

  it('a field set to null, or not: null, cannot be rendered', () => {
    expect(toDynamoDBFilterExpression({ v: null })).toBeNull();
    expect(toDynamoDBFilterExpression({ not: null })).toBeNull();
  });

  it('names inherited from Object.prototype are unknown operators', () => {
    expect(toDynamoDBFilterExpression({ v: { constructor: 1 } })).toBeNull();
    expect(toDynamoDBFilterExpression({ v: { attributeType: 'toString' } })).toBeNull();
  });

  it('an operand that has no DynamoDB type cannot be rendered', () => {
    expect(toDynamoDBFilterExpression({ v: { eq: () => 1 } })).toBeNull();
  });

  it('an or of one member is not wrapped and an or given a map cannot be rendered', () => {
    expect(render({ or: [{ a: { eq: 1 } }] })).toEqual({
      expression: '(#a = :or_0_a_eq)',
      expressionNames: { '#a': 'a' },
      expressionValues: { ':or_0_a_eq': N(1) },
    });
    expect(toDynamoDBFilterExpression({ or: { a: { eq: 1 } } })).toBeNull();
  });
});
