// Hostile code is stopped — an endless loop by the time limit, unbounded allocation by the memory
// limit — as a `Code` error, and the runtime keeps serving other evaluations.
import { afterAll, describe, expect, it } from 'vitest';
import { createEvaluator } from '../evaluator.ts';

const evaluator = createEvaluator({ timeoutMs: 300, memoryMb: 64 });
// Filling 64 MB under load can take longer than 300 ms of running: the memory test gets a time
// limit past the test's own, so only the memory limit can stop it.
const unhurried = createEvaluator({ timeoutMs: 60_000, memoryMb: 64 });
afterAll(() => Promise.all([evaluator.close(), unhurried.close()]));

const module = (body: string) =>
  `export function request(ctx) {\n${body}\n}\nexport function response(ctx) { return null; }`;
const healthy = module('return { ok: ctx.args.n };');
// 10^10 iterations without allocating: only the time limit can stop it.
const SPIN =
  'const big = new Array(100000).fill(0);\nlet total = 0;\n' +
  'for (const a of big) { for (const b of big) { total = total + 1; } }\nreturn total;';

async function outcomeOf(code: string, n = 0, runtime = evaluator) {
  const evaluation = await runtime.evaluate({ code, context: { arguments: { n } }, handler: 'request' });
  if (evaluation.codeErrors) throw new Error(JSON.stringify(evaluation.codeErrors));
  return evaluation.outcome;
}

describe('time and memory limits', () => {
  it('stops an endless loop with a Code error', async () => {
    const endless = module(SPIN);
    const outcome = await outcomeOf(endless);
    expect(outcome.status).toBe('failed');
    expect(outcome.failure).toMatchObject({
      errorType: 'Code',
      message: 'Execution timed out: the handler ran longer than 300 ms',
    });
  });

  it('stops unbounded allocation with a Code error', async () => {
    const hungry = module(
      'const items = [[1]];\nfor (const item of items) { items.push(item.concat(item, item)); }\nreturn items.length;',
    );
    const outcome = await outcomeOf(hungry, 0, unhurried);
    expect(outcome.status).toBe('failed');
    expect(outcome.failure?.errorType).toBe('Code');
    expect(outcome.failure?.message).toMatch(
      /^(Memory limit exceeded: the handler used more than 64 MB|code\.js:\d+:\d+: RangeError: .+)$/,
    );
  });

  it('keeps serving: evaluations queued behind a hostile one complete with their own results', async () => {
    const endless = module(SPIN);
    const [hostile, ...others] = await Promise.all([
      outcomeOf(endless),
      ...[1, 2, 3, 4, 5].map((n) => outcomeOf(healthy, n)),
    ]);
    expect(hostile.failure?.errorType).toBe('Code');
    expect(others.map((o) => o.result)).toEqual([1, 2, 3, 4, 5].map((n) => ({ ok: n })));
    expect((await outcomeOf(healthy, 9)).result).toEqual({ ok: 9 });
  });
});
