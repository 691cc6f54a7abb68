// Every construct the APPSYNC_JS runtime refuses is reported before anything runs, with the line
// and column AppSync would point at (https://docs.aws.amazon.com/appsync/latest/devguide/supported-features.html,
// and the rules of @aws-appsync/eslint-plugin, which AppSync's own linting follows).
import { describe, expect, it } from 'vitest';
import { validateCode } from './index.ts';

function errorsOf(code: string): string[] {
  return validateCode(code).errors.map((e) => `${e.errorType} ${e.location.line}:${e.location.column} ${e.value}`);
}

const wrap = (body: string): string =>
  `export function request(ctx) {\n${body}\n}\nexport function response(ctx) { return ctx.result; }\n`;

describe('validateCode accepts the supported subset', () => {
  const TYPICAL_RESOLVER =
    'passes a typical resolver with helpers, for-of, for-in, spread, ' +
    'optional chaining, templates and array callbacks';
  it(TYPICAL_RESOLVER, () => {
    const code =
      `import { util } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
const PREFIX = 'PRODUCT#';
function key(id) { return { pk: \`\${PREFIX}\${id}\`, sk: 'META' }; }
export const request = (ctx) => {
  const ids = [...(ctx.args.ids ?? [])].map((id) => key(id)).filter((k) => k.pk.length > 1);
  for (const k of ids) { if (!k) { break; } }
  for (const name in ctx.args) { util.appendError(name); }
  switch (ctx.info?.fieldName) { case 'a': return ddb.get({ key: key(ctx.args.id) }); default: }
  return { operation: 'GetItem', key: util.dynamodb.toMapValues(key(ctx.args.id)), n: ids.reduce((a, b) => a + 1, 0) };
};
export function response(ctx) { ctx.stash.seen = true; delete ctx.stash.tmp; ` +
      `return Object.hasOwn(ctx.result, 'x') ? ctx.result : null; }
`;
    expect(errorsOf(code)).toEqual([]);
  });
});

describe('validateCode refuses unsupported statements and operators', () => {
  it.each([
    ['try {} catch (e) {}', 'LINT_ERROR 2:1 Try statements are not supported.'],
    [
      "throw new Error('no')",
      'LINT_ERROR 2:1 Throw statements are not supported. Use util.error() to stop with an error.',
    ],
    ['while (ctx) {}', 'LINT_ERROR 2:1 While statements are not supported.'],
    ['do {} while (ctx)', 'LINT_ERROR 2:1 do...while statements are not supported.'],
    ['for (const a = 1; a < 2;) {}', 'LINT_ERROR 2:1 For statements are not supported.'],
    ['for (const x of [1]) { continue; }', 'LINT_ERROR 2:24 Continue statements are not supported'],
    ['outer: for (const x of [1]) { break outer; }', 'LINT_ERROR 2:1 Labeled statements are not supported.'],
    ["const a = 'x' in ctx;", 'LINT_ERROR 2:11 in operator is not supported. Use Object.hasOwn().'],
    ['const a = ctx instanceof Object;', 'LINT_ERROR 2:11 The operator instanceof is not supported'],
    ['let a = 1; a++;', 'LINT_ERROR 2:12 The operator ++ is not supported'],
    ['let a = 1; --a;', 'LINT_ERROR 2:12 The operator -- is not supported'],
    ['const a = ~1;', 'LINT_ERROR 2:11 The operator ~ is not supported'],
    ['const r = /ab+c/i;', 'LINT_ERROR 2:11 Regex literals are not supported.'],
    ['class A {}', 'LINT_ERROR 2:1 Class declarations are not supported.'],
    ['const A = class {};', 'LINT_ERROR 2:11 Class declarations are not supported.'],
    ['const self = this;', 'LINT_ERROR 2:14 This expressions are not supported.'],
    ['const p = new Promise((r) => r(1));', 'LINT_ERROR 2:11 Promise is not supported'],
    ['const p = Promise.resolve(1);', 'LINT_ERROR 2:11 Promise is not supported'],
    ["const f = eval('1');", 'LINT_ERROR 2:11 eval is not supported.'],
    ["const f = new Function('return 1');", 'LINT_ERROR 2:11 The Function constructor is not supported.'],
  ])('%s', (body, expected) => {
    expect(errorsOf(wrap(body))).toContain(expected);
  });
});

describe('validateCode refuses async and generator functions in every form', () => {
  it.each([
    ['async function a() {}', 'LINT_ERROR 2:1 Async functions are not supported.'],
    ['const a = async function () {};', 'LINT_ERROR 2:11 Async functions are not supported.'],
    ['const a = async () => 1;', 'LINT_ERROR 2:11 Async functions are not supported.'],
    ['const o = { async m() {} };', 'LINT_ERROR 2:13 Async functions are not supported.'],
    ['function* g() {}', 'LINT_ERROR 2:1 Generator functions are not supported.'],
    ['const g = function* () {};', 'LINT_ERROR 2:11 Generator functions are not supported.'],
    ['const o = { *m() {} };', 'LINT_ERROR 2:13 Generator functions are not supported.'],
    ['const o = { async *m() {} };', 'LINT_ERROR 2:13 Generator functions are not supported.'],
  ])('%s', (body, expected) => {
    expect(errorsOf(wrap(body))).toContain(expected);
  });

  it('reports await and yield themselves', () => {
    expect(errorsOf('const a = await 1;\nexport function request(ctx) { return {}; }')).toContain(
      'LINT_ERROR 1:11 The `await` keyword is not supported',
    );
    expect(errorsOf(wrap('function* g() { yield 1; }'))).toContain(
      'LINT_ERROR 2:17 Yield statements are not supported',
    );
  });
});

describe('validateCode refuses functions used as values and recursion', () => {
  it('refuses passing a function to anything but the allowed array methods', () => {
    expect(errorsOf(wrap('const f = (x) => x; other(f);'))).toContain(
      'LINT_ERROR 2:21 Functions can not be passed as an argument',
    );
    expect(errorsOf(wrap('[3, 1].sort((a, b) => a - b);'))).toContain(
      'LINT_ERROR 2:1 Functions can not be passed as an argument',
    );
    expect(
      errorsOf(wrap('function f(x) { return x; } [1].map(f); [1].forEach((x) => x); [1].reduceRight((a, x) => a, 0);')),
    ).toEqual([]);
  });

  it('refuses returning and re-assigning functions', () => {
    expect(errorsOf(wrap('const g = () => () => 1;'))).toContain('LINT_ERROR 2:17 returning a function is not allowed');
    expect(errorsOf(wrap('function f() { return function () {}; }'))).toContain(
      'LINT_ERROR 2:16 returning a function is not allowed',
    );
    expect(errorsOf(wrap('function f() {} const g = f;'))).toContain(
      'LINT_ERROR 2:23 re-assigning function is not allowed',
    );
  });

  it('refuses direct and indirect recursion, naming the cycle', () => {
    expect(errorsOf(wrap('function f(n) { return n ? f(n - 1) : 0; }'))).toContain(
      'LINT_ERROR 2:28 Recursive function calls not supported. Detected cycle in f -> f',
    );
    const indirect =
      'function a(n) { return b(n); }\nfunction b(n) { return [n].map((x) => a(x)); }\n' + wrap('return a(1);');
    expect(errorsOf(indirect)).toContain(
      'LINT_ERROR 2:39 Recursive function calls not supported. Detected cycle in a -> b -> a',
    );
  });

  it('refuses Function.prototype.apply/bind/call', () => {
    expect(errorsOf(wrap('function f() {} f.call(null);'))).toContain(
      'LINT_ERROR 2:17 Method Function.call is not implemented',
    );
  });
});

describe('validateCode enforces read-only ctx in request and response', () => {
  it('refuses replacing ctx or its first-level properties, allows deeper writes', () => {
    const errors = errorsOf(
      wrap('ctx.stash = {};\nctx.args = {};\nctx = {};\ndelete ctx.result;\nctx.stash.fine = 1;'),
    );
    expect(errors).toEqual([
      'LINT_ERROR 2:1 ctx is readonly. Adding/Updating stash is not supported.',
      'LINT_ERROR 3:1 ctx is readonly. Adding/Updating args is not supported.',
      'LINT_ERROR 4:1 ctx is readonly and re-assignment is not supported.',
      'LINT_ERROR 5:1 ctx is readonly. Adding/Updating result is not supported.',
    ]);
  });
});

describe('validateCode refuses unimplemented built-in methods', () => {
  it.each([
    ["Array.from('ab')", 'Method Array.from is not implemented'],
    ['Object.freeze({})', 'Method Object.freeze is not implemented'],
    ['String.fromCharCode(65)', 'Method String.fromCharCode is not implemented'],
    ["'a'.padStart(3)", 'Method String.padStart is not implemented'],
    ["'a'.repeat(3)", 'Method String.repeat is not implemented'],
    ['new Date().setFullYear(2000)', 'Method Date.setFullYear is not implemented'],
  ])('%s', (expression, message) => {
    expect(errorsOf(wrap(`const v = ${expression};`)).some((e) => e.endsWith(message))).toBe(true);
  });

  it('allows String.raw, which the runtime documents as supported', () => {
    expect(errorsOf(wrap('const v = String.raw`a\\nb`;'))).toEqual([]);
  });
});

describe('validateCode checks modules, syntax and size', () => {
  it('refuses modules the runtime does not provide and default exports', () => {
    const errors = errorsOf("import { v4 } from 'uuid';\nexport default function request() {}");
    expect(errors).toEqual([
      "LINT_ERROR 1:1 Module 'uuid' is not provided by the APPSYNC_JS runtime; " +
        'bundle it into the code (provided: @aws-appsync/utils, @aws-appsync/utils/dynamodb).',
      'LINT_ERROR 2:1 Default exports are not used by AppSync; export named `request` and `response` functions.',
    ]);
  });

  it('reports a syntax error as PARSER_ERROR with its position', () => {
    expect(validateCode('export function request(ctx) {\n  return {\n}').errors).toEqual([
      {
        errorType: 'PARSER_ERROR',
        value: 'Parsing error: Unexpected token',
        location: { line: 3, column: 2, span: 1 },
      },
    ]);
  });

  it('refuses code over 32,768 characters and accepts exactly 32,768', () => {
    const head = 'export function request(ctx) { return {}; }\nexport function response(ctx) { return null; }\n//';
    const exact = head + 'x'.repeat(32_768 - head.length);
    expect(validateCode(exact).errors).toEqual([]);
    expect(validateCode(`${exact}x`).errors).toEqual([
      {
        errorType: 'VALIDATION_ERROR',
        value: 'Code is 32769 characters long; AppSync accepts at most 32768.',
        location: { line: 1, column: 1, span: 32_769 },
      },
    ]);
  });
});
