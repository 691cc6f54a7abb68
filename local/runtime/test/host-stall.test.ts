// A handler is timed out only for time it spent running: a host that is itself stalled (a blocked
// event loop, a loaded machine) must not blame the handlers whose answers wait unread in the pipe.
import { afterAll, describe, expect, it } from 'vitest';
import { createEvaluator } from '../evaluator.ts';
import type { FieldRequest } from '../executor/field-context.ts';

const TIMEOUT_MS = 1000;
const runtime = createEvaluator({ timeoutMs: TIMEOUT_MS });
runtime.configureDataSources({ dataSources: [{ name: 'none', type: 'NONE' }] });
afterAll(() => runtime.close());

/** Blocks this process's event loop, as a busy host would. */
function stallHost(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // nothing: the point is not to yield
  }
}

const module = (request: string, response = 'return ctx.result;') =>
  `export function request(ctx) { ${request} }\nexport function response(ctx) { ${response} }`;
const trivial = (n: number) =>
  runtime.evaluate({ code: module(`return { ok: ${n} };`), context: {}, handler: 'request' });
const field: FieldRequest = {
  arguments: {},
  info: { fieldName: 'thing', parentTypeName: 'Query', variables: {}, selectionSetList: [], selectionSetGraphQL: '' },
  authMode: 'API_KEY',
};
const resolveTrivial = (n: number) => {
  const code = module(`return { payload: ${n} };`);
  return runtime.resolveField({ kind: 'UNIT', id: `Query.t${n}`, dataSource: 'none', code }, field);
};
// 10^10 iterations without allocating: only the time limit can stop it.
const SPIN = [
  'const big = new Array(100000).fill(0); let t = 0;',
  'for (const a of big) { for (const b of big) { t = t + 1; } }',
  'return t;',
].join('\n');
const TIMED_OUT = `Execution timed out: the handler ran longer than ${TIMEOUT_MS} ms`;

describe('a stalled host blames no handler', () => {
  it('answers evaluations in flight while the host was blocked longer than the limit (even at start-up)', async () => {
    const inFlight = [1, 2, 3, 4].map(trivial);
    stallHost(TIMEOUT_MS * 1.5);
    const outcomes = await Promise.all(inFlight);
    expect(outcomes.map((e) => e.outcome?.result)).toEqual([1, 2, 3, 4].map((n) => ({ ok: n })));
  });

  it('answers evaluations and whole fields in flight at once, through a stall', async () => {
    const evaluations = [5, 6, 7, 8].map(trivial);
    const fields = [1, 2, 3, 4].map(resolveTrivial);
    stallHost(TIMEOUT_MS * 1.5);
    const [outcomes, resolutions] = await Promise.all([Promise.all(evaluations), Promise.all(fields)]);
    expect(outcomes.map((e) => e.outcome?.result)).toEqual([5, 6, 7, 8].map((n) => ({ ok: n })));
    expect(resolutions.map((r) => r.error ?? r.data)).toEqual([1, 2, 3, 4]);
  });

  it('still stops a real endless loop, and serves the evaluations queued behind it', async () => {
    const endless = runtime.evaluate({ code: module(SPIN), context: {}, handler: 'request' });
    const queued = [1, 2, 3].map(trivial);
    stallHost(TIMEOUT_MS * 1.5);
    const outcome = (await endless).outcome;
    expect(outcome?.failure).toMatchObject({ errorType: 'Code', message: TIMED_OUT });
    expect((await Promise.all(queued)).map((e) => e.outcome?.result)).toEqual([1, 2, 3].map((n) => ({ ok: n })));
  });
});
