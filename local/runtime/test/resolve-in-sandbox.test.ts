// Whole resolvers run inside the sandbox process (one round trip per field): the same control flow
// as on the host, and a handler that loops is blamed alone — queued evaluations still complete.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvaluator } from '../evaluator.ts';
import type { FieldRequest } from '../executor/field-context.ts';

const runtime = createEvaluator({ timeoutMs: 400 });
beforeAll(() => runtime.configureDataSources({ dataSources: [{ name: 'none', type: 'NONE' }] }));
afterAll(() => runtime.close());

const field: FieldRequest = {
  arguments: { n: 2 },
  info: { fieldName: 'thing', parentTypeName: 'Query', variables: {}, selectionSetList: [], selectionSetGraphQL: '' },
  authMode: 'API_KEY',
};
const code = (request: string, response: string) =>
  "import { util, runtime } from '@aws-appsync/utils';\n" +
  `export function request(ctx) { ${request} }\nexport function response(ctx) { ${response} }`;
const step = (name: string) => ({
  id: name,
  name,
  dataSource: 'none',
  code: code(
    `ctx.stash.trail.push('${name}'); return { payload: (ctx.prev.result ?? 0) + ctx.args.n };`,
    'return ctx.result;',
  ),
});

describe('resolvers run whole in the sandbox process', () => {
  it('only for resolvers whose data sources it can call', () => {
    expect(runtime.canResolve({ kind: 'UNIT', id: 'Query.a', dataSource: 'none', code: '' })).toBe(true);
    expect(runtime.canResolve({ kind: 'UNIT', id: 'Query.b', dataSource: 'lambda', code: '' })).toBe(false);
  });

  it('threads stash and ctx.prev.result through a pipeline, as on the host', async () => {
    const resolver = {
      kind: 'PIPELINE' as const,
      id: 'Query.thing',
      code: code("ctx.stash.trail = ['before']; return 0;", 'return { sum: ctx.prev.result, trail: ctx.stash.trail };'),
      functions: [step('a'), step('b'), step('c')],
    };
    const out = await runtime.resolveField(resolver, field);
    expect(out.error).toBeUndefined();
    expect(out.data).toEqual({ sum: 6, trail: ['before', 'a', 'b', 'c'] });
    expect(out.calls.map((c) => c.dataSource)).toEqual(['none', 'none', 'none']);
  });

  it('reports util.error and appended errors the same way', async () => {
    const resolver = {
      kind: 'UNIT' as const,
      id: 'Query.thing',
      dataSource: 'none',
      code: code(
        "util.appendError('careful'); return { payload: 1 };",
        "util.error('No such thing', 'NotFound', null, { id: 7 });",
      ),
    };
    const out = await runtime.resolveField(resolver, field);
    expect(out.data).toBeNull();
    expect(out.error).toEqual({ message: 'No such thing', errorType: 'NotFound', data: null, errorInfo: { id: 7 } });
    expect(out.appendedErrors.map((e) => e.message)).toEqual(['careful']);
  });

  it('stops a looping handler with a Code error and keeps serving the evaluations behind it', async () => {
    const spin =
      'const big = new Array(100000).fill(0); let t = 0; ' +
      'for (const a of big) { for (const b of big) { t = t + 1; } } return { payload: t };';
    const hostile = runtime.resolveField(
      { kind: 'UNIT', id: 'Query.spin', dataSource: 'none', code: code(spin, 'return ctx.result;') },
      field,
    );
    const queued = [1, 2, 3].map((n) =>
      runtime.evaluate({ code: code(`return ${n};`, 'return null;'), context: {}, handler: 'request' }),
    );
    const out = await hostile;
    expect(out.error).toMatchObject({
      errorType: 'Code',
      message: 'Execution timed out: the handler ran longer than 400 ms',
    });
    expect((await Promise.all(queued)).map((e) => e.outcome?.result)).toEqual([1, 2, 3]);
    const after = await runtime.resolveField(
      { kind: 'UNIT', id: 'Query.ok', dataSource: 'none', code: code('return { payload: 42 };', 'return ctx.result;') },
      field,
    );
    expect(after.data).toBe(42);
  });
});
