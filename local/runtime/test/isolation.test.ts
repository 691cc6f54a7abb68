// No state leaks from one evaluation to the next: module-level variables start fresh, and
// built-ins, prototypes and the runtime's own objects cannot be changed.
import { afterAll, describe, expect, it } from 'vitest';
import { createEvaluator } from '../evaluator.ts';

const evaluator = createEvaluator({ timeoutMs: 2000 });
afterAll(() => evaluator.close());

async function result(code: string, context: object = {}): Promise<unknown> {
  const evaluation = await evaluator.evaluate({ code, context, handler: 'request' });
  if (evaluation.codeErrors) throw new Error(JSON.stringify(evaluation.codeErrors));
  return evaluation.outcome.status === 'failed'
    ? { failed: evaluation.outcome.failure?.message }
    : evaluation.outcome.result;
}

describe('isolation between evaluations', () => {
  it('module-level variables are fresh on every evaluation', async () => {
    const code =
      'let calls = 0;\nconst seen = [];\n' +
      'export function request(ctx) { calls += 1; seen.push(ctx.args.n); return { calls, seen }; }\n' +
      'export function response(ctx) { return null; }';
    const results = [];
    for (const n of [1, 2, 3]) results.push(await result(code, { arguments: { n } }));
    expect(results).toEqual([
      { calls: 1, seen: [1] },
      { calls: 1, seen: [2] },
      { calls: 1, seen: [3] },
    ]);
  });

  it.each([
    ['Array.prototype.extra = 1;', 'Cannot add property extra, object is not extensible'],
    ['Object.prototype.polluted = true;', 'Cannot add property polluted, object is not extensible'],
    ['Math.random = 4;', "Cannot assign to read only property 'random' of object"],
    ['JSON.parse = 1;', "Cannot assign to read only property 'parse' of object"],
    ['util.error = 1;', "Cannot assign to read only property 'error' of object"],
    ['util.dynamodb.extra = 1;', 'Cannot add property extra, object is not extensible'],
    ['String.prototype.trim = "x";', "Cannot assign to read only property 'trim' of object"],
    ['Object.prototype.toString = "x";', "Cannot assign to read only property 'toString' of object"],
  ])('refuses %s and the next evaluation sees the original', async (attack, message) => {
    const attacked = (await result(
      `export function request(ctx) { ${attack} return 'changed'; }\nexport function response(ctx) { return null; }`,
    )) as { failed: string };
    expect(attacked.failed).toContain(message);
    const probe =
      "export function request(ctx) { return [[].extra, ({}).polluted, Math.random() < 1, JSON.parse('1'), " +
      "typeof util.error, util.dynamodb.extra, ' a '.trim(), ({}).toString()]; }\n" +
      'export function response(ctx) { return null; }';
    expect(await result(probe)).toEqual([null, null, true, 1, 'function', null, 'a', '[object Object]']);
  });

  it('an object may still have its own toString (the override mistake is tamed)', async () => {
    const code =
      "export function request(ctx) { const o = {}; o.toString = 'mine'; " +
      'return Object.assign({}, { valueOf: 1 }, o); }\n' +
      'export function response(ctx) { return null; }';
    expect(await result(code)).toEqual({ valueOf: 1, toString: 'mine' });
  });

  it('a stash change in one evaluation is not seen by another', async () => {
    const write = await evaluator.evaluate({
      code:
        "export function request(ctx) { ctx.stash.secret = 's3cr3t'; return {}; }\n" +
        'export function response(ctx) { return null; }',
      context: {},
      handler: 'request',
    });
    expect(write.outcome?.stash).toEqual({ secret: 's3cr3t' });
    expect(
      await result(
        'export function request(ctx) { return ctx.stash; }\nexport function response(ctx) { return null; }',
      ),
    ).toEqual({});
  });
});
