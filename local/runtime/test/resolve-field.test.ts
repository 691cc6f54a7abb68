// The resolver executor: unit and pipeline control flow as AppSync runs it
// (https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-overview-js.html,
// https://docs.aws.amazon.com/appsync/latest/devguide/runtime-utils-js.html).
import { afterAll, describe, expect, it } from 'vitest';
import { createEvaluator } from '../evaluator.ts';
import type { DataSource, DataSourceOutcome } from '../../datasources/index.ts';
import type { FunctionDefinition } from '../executor/definitions.ts';
import type { FieldRequest } from '../executor/field-context.ts';
import { createNoneDataSource } from '../../datasources/index.ts';
import { resolveField } from '../executor/resolve-field.ts';

const evaluator = createEvaluator({ timeoutMs: 2000 });
afterAll(() => evaluator.close());

/** A data source that records what it was asked and answers from a script. */
function scripted(answer: (request: any) => DataSourceOutcome): DataSource & { requests: unknown[] } {
  const requests: unknown[] = [];
  return {
    name: 'table',
    type: 'AMAZON_DYNAMODB',
    requests,
    invoke: async (request) => (requests.push(request), answer(request)),
  };
}

const field = (args: Record<string, unknown> = {}): FieldRequest => ({
  arguments: args,
  identity: {
    sub: 'user-1',
    username: 'user-1',
    claims: {},
    groups: null,
    sourceIp: ['127.0.0.1'],
    defaultAuthStrategy: 'ALLOW',
    issuer: 'local',
  },
  info: {
    fieldName: 'product',
    parentTypeName: 'Query',
    variables: {},
    selectionSetList: ['id'],
    selectionSetGraphQL: '{ id }',
  },
  authMode: 'AMAZON_COGNITO_USER_POOLS',
});

const code = (request: string, response: string) =>
  "import { util, runtime } from '@aws-appsync/utils';\n" +
  `export function request(ctx) { ${request} }\nexport function response(ctx) { ${response} }`;

const fn = (name: string, request: string, response: string, dataSource = 'none'): FunctionDefinition => ({
  id: name,
  name,
  dataSource,
  code: code(request, response),
});

describe('unit resolvers', () => {
  it('sends the request to the data source and returns what the response handler makes of the result', async () => {
    const table = scripted(() => ({ result: { id: 'p1', name: 'Mug' } }));
    const resolver = {
      kind: 'UNIT' as const,
      id: 'Query.product',
      dataSource: 'table',
      code: code(
        "return { operation: 'GetItem', key: { id: { S: ctx.args.id } } };",
        'return { ...ctx.result, via: ctx.info.fieldName };',
      ),
    };
    const out = await resolveField(resolver, field({ id: 'p1' }), {
      evaluator,
      dataSources: new Map([['table', table]]),
    });
    expect(table.requests).toEqual([{ operation: 'GetItem', key: { id: { S: 'p1' } } }]);
    expect(out.data).toEqual({ id: 'p1', name: 'Mug', via: 'product' });
    expect(out.error).toBeUndefined();
    expect(out.calls.map((c) => [c.dataSource, c.callerId])).toEqual([['table', 'Query.product']]);
  });

  it('leaves a data-source error in ctx.error for the handler: ignored, it is not an error', async () => {
    const table = scripted(() => ({
      error: { type: 'DynamoDB:ConditionalCheckFailedException', message: 'The conditional request failed' },
    }));
    const ignoring = {
      kind: 'UNIT' as const,
      id: 'Query.product',
      dataSource: 'table',
      code: code('return {};', 'return { saw: ctx.error.type };'),
    };
    const out = await resolveField(ignoring, field(), { evaluator, dataSources: new Map([['table', table]]) });
    expect(out).toMatchObject({ data: { saw: 'DynamoDB:ConditionalCheckFailedException' } });
    expect(out.error).toBeUndefined();
  });

  it('re-raised with util.error, the data-source error becomes the field error and the value is null', async () => {
    const table = scripted(() => ({
      error: { type: 'DynamoDB:ConditionalCheckFailedException', message: 'The conditional request failed' },
    }));
    const raising = {
      kind: 'UNIT' as const,
      id: 'Query.product',
      dataSource: 'table',
      code: code('return {};', 'if (ctx.error) { util.error(ctx.error.message, ctx.error.type); } return ctx.result;'),
    };
    const out = await resolveField(raising, field(), { evaluator, dataSources: new Map([['table', table]]) });
    expect(out.data).toBeNull();
    expect(out.error).toEqual({
      message: 'The conditional request failed',
      errorType: 'DynamoDB:ConditionalCheckFailedException',
      data: null,
      errorInfo: null,
    });
  });

  it('earlyReturn in the request skips the data source and the response', async () => {
    const table = scripted(() => ({ result: 'never' }));
    const resolver = {
      kind: 'UNIT' as const,
      id: 'Query.product',
      dataSource: 'table',
      code: code('runtime.earlyReturn({ cached: true }); return {};', "return 'response ran';"),
    };
    const out = await resolveField(resolver, field(), { evaluator, dataSources: new Map([['table', table]]) });
    expect(out.data).toEqual({ cached: true });
    expect(table.requests).toEqual([]);
  });

  it('util.unauthorized() is Unauthorized with AppSync’s message for the field', async () => {
    const resolver = {
      kind: 'UNIT' as const,
      id: 'Query.product',
      dataSource: 'none',
      code: code('util.unauthorized();', 'return null;'),
    };
    const out = await resolveField(resolver, field(), {
      evaluator,
      dataSources: new Map([['none', createNoneDataSource('none')]]),
    });
    expect(out.error).toEqual({
      message: 'Not Authorized to access product on type Query',
      errorType: 'Unauthorized',
      data: null,
      errorInfo: null,
    });
  });

  it('the NONE data source hands the payload back as ctx.result', async () => {
    const resolver = {
      kind: 'UNIT' as const,
      id: 'Query.product',
      dataSource: 'none',
      code: code('return { payload: { echoed: ctx.args.x } };', 'return ctx.result;'),
    };
    const out = await resolveField(resolver, field({ x: 5 }), {
      evaluator,
      dataSources: new Map([['none', createNoneDataSource('none')]]),
    });
    expect(out.data).toEqual({ echoed: 5 });
  });
});

describe('pipeline resolvers', () => {
  const dataSources = new Map<string, DataSource>([['none', createNoneDataSource('none')]]);
  const pipeline = (
    functions: FunctionDefinition[],
    before = "ctx.stash.trail = ['before']; return { start: 1 };",
    after = "ctx.stash.trail.push('after'); return { last: ctx.prev.result, trail: ctx.stash.trail };",
  ) => ({
    kind: 'PIPELINE' as const,
    id: 'Mutation.checkout',
    code: code(before, after),
    functions,
  });
  const step = (name: string) =>
    fn(
      name,
      `ctx.stash.trail.push('${name}.request'); return { payload: { from: '${name}', prev: ctx.prev.result } };`,
      `ctx.stash.trail.push('${name}.response'); return ctx.result;`,
    );

  it('runs before, each function in order, and after, sharing one stash and threading ctx.prev.result', async () => {
    const out = await resolveField(pipeline([step('a'), step('b')]), field(), { evaluator, dataSources });
    expect(out.data).toEqual({
      last: { from: 'b', prev: { from: 'a', prev: { start: 1 } } },
      trail: ['before', 'a.request', 'a.response', 'b.request', 'b.response', 'after'],
    });
  });

  it('earlyReturn in the before step skips every function', async () => {
    const out = await resolveField(
      pipeline([step('a')], "ctx.stash.trail = ['before']; runtime.earlyReturn('cached');"),
      field(),
      { evaluator, dataSources },
    );
    expect(out.data).toEqual({ last: 'cached', trail: ['before', 'after'] });
  });

  it('earlyReturn in a function request skips its data source and response, then goes on', async () => {
    const skipping = fn(
      'skip',
      "ctx.stash.trail.push('skip.request'); runtime.earlyReturn({ skipped: true });",
      "ctx.stash.trail.push('skip.response'); return null;",
    );
    const out = await resolveField(pipeline([skipping, step('b')]), field(), { evaluator, dataSources });
    expect(out.data).toEqual({
      last: { from: 'b', prev: { skipped: true } },
      trail: ['before', 'skip.request', 'b.request', 'b.response', 'after'],
    });
  });

  it("skipTo 'END' jumps to the after step; skipTo 'NEXT' to the next function", async () => {
    const toEnd = fn(
      'end',
      "ctx.stash.trail.push('end.request'); runtime.earlyReturn('stop', { skipTo: 'END' });",
      'return null;',
    );
    const ended = await resolveField(pipeline([toEnd, step('b')]), field(), { evaluator, dataSources });
    expect(ended.data).toEqual({ last: 'stop', trail: ['before', 'end.request', 'after'] });
    const toNext = fn(
      'next',
      "ctx.stash.trail.push('next.request'); runtime.earlyReturn('skip', { skipTo: 'NEXT' });",
      'return null;',
    );
    const next = await resolveField(pipeline([toNext, step('b')]), field(), { evaluator, dataSources });
    expect(next.data).toEqual({
      last: { from: 'b', prev: 'skip' },
      trail: ['before', 'next.request', 'b.request', 'b.response', 'after'],
    });
  });

  it('util.error in a function aborts the pipeline: no later function, no after step', async () => {
    const failing = fn(
      'fail',
      "ctx.stash.trail.push('fail.request'); util.error('Out of stock', 'InsufficientStock', null, { skus: ['A'] });",
      'return null;',
    );
    const out = await resolveField(pipeline([failing, step('b')]), field(), { evaluator, dataSources });
    expect(out.data).toBeNull();
    expect(out.error).toEqual({
      message: 'Out of stock',
      errorType: 'InsufficientStock',
      data: null,
      errorInfo: { skus: ['A'] },
    });
  });

  it('an unhandled ctx.error in a function lets the pipeline continue', async () => {
    const table = scripted(() => ({
      error: { type: 'DynamoDB:ProvisionedThroughputExceededException', message: 'slow down' },
    }));
    const unhandled = fn('read', "return { operation: 'GetItem' };", 'return { hadError: ctx.error.type };', 'table');
    const out = await resolveField(pipeline([unhandled, step('b')]), field(), {
      evaluator,
      dataSources: new Map([...dataSources, ['table', table]]),
    });
    expect(out.error).toBeUndefined();
    expect((out.data as { last: { prev: unknown } }).last.prev).toEqual({
      hadError: 'DynamoDB:ProvisionedThroughputExceededException',
    });
  });

  it('collects appended errors from every step', async () => {
    const warn = (name: string) =>
      fn(name, `util.appendError('${name} warned'); return { payload: 1 };`, 'return ctx.result;');
    const out = await resolveField(pipeline([warn('a'), warn('b')]), field(), { evaluator, dataSources });
    expect(out.appendedErrors.map((e) => e.message)).toEqual(['a warned', 'b warned']);
    expect(out.data).not.toBeNull();
  });

  it('refuses more than 10 functions', async () => {
    const many = Array.from({ length: 11 }, (_, i) => step(`f${i}`));
    const out = await resolveField(pipeline(many), field(), { evaluator, dataSources });
    expect(out.error?.message).toBe('Pipeline resolver Mutation.checkout has 11 functions; AppSync allows at most 10.');
    const ten = await resolveField(pipeline(many.slice(0, 10)), field(), { evaluator, dataSources });
    expect(ten.error).toBeUndefined();
  });
});
