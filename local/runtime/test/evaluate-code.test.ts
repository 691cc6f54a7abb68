// evaluateCode answers as AppSync's EvaluateCode does
// (https://docs.aws.amazon.com/appsync/latest/APIReference/API_EvaluateCode.html).
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateCode } from '../evaluate-code.ts';
import { createEvaluator } from '../evaluator.ts';

const evaluator = createEvaluator({ timeoutMs: 2000 });
afterAll(() => evaluator.close());

const run = (code: string, context: object, fn: 'request' | 'response' = 'request') =>
  evaluateCode(
    { code, context: JSON.stringify(context), function: fn, runtime: { name: 'APPSYNC_JS', runtimeVersion: '1.0.0' } },
    evaluator,
  );

const handlers = (request: string, response = 'return ctx.result;') =>
  "import { util, runtime, extensions } from '@aws-appsync/utils';\n" +
  "import * as ddb from '@aws-appsync/utils/dynamodb';\n" +
  `export function request(ctx) {\n${request}\n}\nexport function response(ctx) {\n${response}\n}\n`;

describe('evaluateCode: results', () => {
  it('returns the request object as a JSON string, with args derived from arguments', async () => {
    const out = await run(handlers('return ddb.get({ key: { id: ctx.args.id } });'), { arguments: { id: 'p-1' } });
    expect(out).toEqual({
      evaluationResult: '{"operation":"GetItem","key":{"id":{"S":"p-1"}}}',
      logs: [],
      stash: '{}',
      outErrors: '[]',
    });
  });

  it('runs the response handler against ctx.result and reports the stash and console output', async () => {
    const code = handlers(
      'return {};',
      'ctx.stash.seen = ctx.result.items.length;\n' +
        "console.log('items', ctx.result.items.length, { a: 1 });\n" +
        'return ctx.result.items;',
    );
    const out = await run(code, { arguments: {}, result: { items: [{ id: 1 }, { id: 2 }] } }, 'response');
    expect(out.evaluationResult).toBe('[{"id":1},{"id":2}]');
    expect(out.stash).toBe('{"seen":2}');
    expect(out.logs).toEqual(['items 2 {"a":1}']);
  });

  it('offers util, runtime and extensions as globals too', async () => {
    const code =
      'export function request(ctx) { ' +
      'return { t: typeof util.autoId, r: typeof runtime.earlyReturn, ' +
      'e: typeof extensions.setSubscriptionFilter }; }\n' +
      'export function response(ctx) { return null; }';
    expect((await run(code, {})).evaluationResult).toBe('{"t":"function","r":"function","e":"function"}');
  });

  it('returns earlyReturn’s object as the result', async () => {
    const out = await run(handlers("runtime.earlyReturn({ hello: 'world' });\nreturn ctx.args;"), {
      arguments: { a: 1 },
    });
    expect(out.evaluationResult).toBe('{"hello":"world"}');
  });
});

describe('evaluateCode: errors', () => {
  it('util.error stops with its message; the typed error is in outErrors', async () => {
    const out = await run(
      handlers(
        "util.error('Product not found', 'NotFound', { id: ctx.args.id }, { hint: 'check the id' });\nreturn {};",
      ),
      { arguments: { id: 'x' } },
    );
    expect(out.evaluationResult).toBeUndefined();
    expect(out.error).toEqual({ message: 'Product not found', codeErrors: [] });
    expect(JSON.parse(out.outErrors ?? '')).toEqual([
      { message: 'Product not found', errorType: 'NotFound', data: { id: 'x' }, errorInfo: { hint: 'check the id' } },
    ]);
  });

  it('util.error with a non-string message does nothing, as on AppSync', async () => {
    const out = await run(handlers('util.error(25);\nreturn { went: "on" };'), {});
    expect(out.evaluationResult).toBe('{"went":"on"}');
    expect(out.error).toBeUndefined();
  });

  it('util.appendError collects and the handler goes on', async () => {
    const out = await run(handlers("util.appendError('first', 'Warn');\nutil.appendError('second');\nreturn 7;"), {});
    expect(out.evaluationResult).toBe('7');
    expect(JSON.parse(out.outErrors ?? '')).toEqual([
      { message: 'first', errorType: 'Warn', data: null, errorInfo: null },
      { message: 'second', errorType: null, data: null, errorInfo: null },
    ]);
  });

  it('util.unauthorized() stops with Unauthorized', async () => {
    const out = await run(handlers('util.unauthorized();\nreturn {};'), {});
    expect(out.error).toEqual({ message: 'Unauthorized', codeErrors: [] });
    expect(JSON.parse(out.outErrors ?? '')[0].errorType).toBe('Unauthorized');
  });

  it('an uncaught exception is a Code error prefixed with code.js:LINE:COL', async () => {
    const out = await run(handlers('const item = ctx.args.missing;\n  return item.name;'), { arguments: {} });
    expect(out.error).toEqual({
      message: "code.js:5:15: TypeError: Cannot read properties of undefined (reading 'name')",
      codeErrors: [],
    });
    expect(JSON.parse(out.outErrors ?? '')[0].errorType).toBe('Code');
  });

  it('code outside the subset is refused before running, with codeErrors', async () => {
    const out = await run(handlers("throw new Error('no');"), {});
    expect(out).toEqual({
      error: {
        message: 'The code contains one or more errors.',
        codeErrors: [
          {
            errorType: 'LINT_ERROR',
            value: 'Throw statements are not supported. Use util.error() to stop with an error.',
            location: { line: 4, column: 1, span: 22 },
          },
        ],
      },
      logs: [],
    });
  });

  it('a missing handler is a Code error', async () => {
    const out = await run('export function request(ctx) { return {}; }', {}, 'response');
    expect(out.error?.message).toBe("The code does not export a 'response' function.");
  });
});

describe('evaluateCode: runtime quirks', () => {
  it('JSON.parse of bad input returns an empty string', async () => {
    const out = await run(handlers("return { bad: JSON.parse('{nope'), good: JSON.parse('[1]') };"), {});
    expect(out.evaluationResult).toBe('{"bad":"","good":[1]}');
  });

  it('sort takes no comparator', async () => {
    const ok = await run(handlers("return ['b', 'c', 'a'].sort();"), {});
    expect(ok.evaluationResult).toBe('["a","b","c"]');
    const refused = await run(handlers('const compare = ctx.args.compare;\nreturn [2, 1].sort(compare);'), {
      arguments: { compare: 1 },
    });
    expect(refused.error?.message).toBe(
      'code.js:5:15: TypeError: Array.prototype.sort does not accept a comparator function in APPSYNC_JS',
    );
  });

  it('replace and replaceAll read a string pattern as a Java regular expression', async () => {
    const out = await run(
      handlers(
        "return ['a.b.c'.replace('.', '-'), 'a.b.c'.replaceAll('\\\\.', '/'), 'x1y22'.replaceAll('[0-9]+', '#')];",
      ),
      {},
    );
    expect(out.evaluationResult).toBe('["-.b.c","a/b/c","x#y#"]');
  });

  it('reaches nothing outside the runtime: no require, process, fetch, timers, RegExp or globalThis', async () => {
    const names = [
      'require',
      'process',
      'fetch',
      'setTimeout',
      'setInterval',
      'queueMicrotask',
      'Buffer',
      'globalThis',
      'RegExp',
      'Promise',
      'Proxy',
      'Reflect',
      'WebAssembly',
      'SharedArrayBuffer',
    ];
    const out = await run(handlers(`return [${names.map((n) => `typeof ${n}`).join(', ')}];`), {});
    expect(JSON.parse(out.evaluationResult ?? '')).toEqual(names.map(() => 'undefined'));
  });

  it('cannot build code from strings', async () => {
    const out = await run(handlers("const F = (() => 1).constructor;\nreturn F('return 1')();"), {});
    expect(out.error?.message).toMatch(/^code\.js:5:8: EvalError: Code generation from strings disallowed/);
  });
});
