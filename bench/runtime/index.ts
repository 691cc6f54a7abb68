// bench/runtime: evaluations per second of the APPSYNC_JS runtime for a typical GetItem request
// handler and for a pipeline of three functions, next to the same handlers called as plain Node
// functions (the floor). Prints a table and writes bench/results/runtime.json.
import '../lib/sdk-quiet.ts';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { createNoneDataSource } from '../../local/datasources/index.ts';
import {
  createEvaluator,
  createFieldRunner,
  createInProcessEvaluator,
  resolveField,
  type FieldRequest,
  type HandlerInput,
} from '../../local/runtime/index.ts';
import { measureAsync, measureSync, printTable, type Rate } from '../lib/index.ts';
import { GET_ITEM, PIPELINE_BEFORE_AFTER, PIPELINE_FUNCTIONS, pipelineFunction } from './handlers.ts';
import { loadPlain, type PlainHandlers } from './plain.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const CONTEXT = JSON.stringify({ arguments: { id: '01HZX3Q8K2' }, identity: null, stash: {} });

/** One handler call as a plain function, with the JSON in and out any sandbox boundary has. */
function plainCall(handler: (ctx: any) => unknown, contextJson: string): string {
  const ctx = JSON.parse(contextJson);
  ctx.args = ctx.arguments;
  return JSON.stringify(handler(ctx));
}

function plainPipeline(before: PlainHandlers, functions: PlainHandlers[]): string {
  const ctx: any = { arguments: { id: '01HZX3Q8K2' }, stash: {}, prev: {} };
  ctx.args = ctx.arguments;
  const stepCtx = (extra: object) => JSON.parse(JSON.stringify({ ...ctx, ...extra }));
  let prev = JSON.parse(JSON.stringify(before.request(stepCtx({}))));
  for (const fn of functions) {
    const c1 = stepCtx({ prev: { result: prev } });
    const request = JSON.parse(JSON.stringify(fn.request(c1))) as { payload: unknown };
    ctx.stash = c1.stash;
    const c2 = stepCtx({ prev: { result: prev }, result: request.payload });
    prev = JSON.parse(JSON.stringify(fn.response(c2)));
    ctx.stash = c2.stash;
  }
  return JSON.stringify(before.response(stepCtx({ prev: { result: prev } })));
}

async function main(): Promise<void> {
  const rows: Rate[] = [];
  const evaluator = createEvaluator({ workers: 1 });

  // --- GetItem request handler ---
  const plainGet = await loadPlain(GET_ITEM);
  const floor = measureSync(
    'GetItem request: plain Node function (floor)',
    () => plainCall(plainGet.request, CONTEXT),
    SECONDS,
  );
  rows.push(floor);

  const getItem: HandlerInput = { code: GET_ITEM, context: CONTEXT, handler: 'request', authMode: 'API_KEY' };
  const inProcess = createInProcessEvaluator();
  const inProcessGet = () => inProcess.evaluateNow(getItem);
  rows.push(measureSync('GetItem request: realm in-process, no limits (1 core)', inProcessGet, SECONDS));

  const evaluateGet = () => evaluator.evaluate(getItem);
  const check = await evaluateGet();
  if (JSON.stringify(check.outcome?.result) !== plainCall(plainGet.request, CONTEXT))
    throw new Error('the runtime and the floor disagree');
  rows.push(
    await measureAsync('GetItem request: runtime (worker process, limits), 1 in flight', evaluateGet, 1, SECONDS),
  );
  rows.push(
    await measureAsync('GetItem request: runtime (worker process, limits), 64 in flight', evaluateGet, 64, SECONDS),
  );

  // --- pipeline of three functions (NONE data source) ---
  const before = await loadPlain(PIPELINE_BEFORE_AFTER);
  const functions = await Promise.all(PIPELINE_FUNCTIONS.map((name) => loadPlain(pipelineFunction(name))));
  const pipelineFloor = measureSync(
    'pipeline of 3 functions: plain Node functions (floor)',
    () => plainPipeline(before, functions),
    SECONDS,
  );
  rows.push(pipelineFloor);

  const resolver = {
    kind: 'PIPELINE' as const,
    id: 'Query.bench',
    code: PIPELINE_BEFORE_AFTER,
    functions: PIPELINE_FUNCTIONS.map((name) => ({ id: name, name, dataSource: 'none', code: pipelineFunction(name) })),
  };
  const field: FieldRequest = {
    arguments: { id: '01HZX3Q8K2' },
    info: { fieldName: 'bench', parentTypeName: 'Query', variables: {}, selectionSetList: [], selectionSetGraphQL: '' },
    authMode: 'API_KEY',
  };
  const deps = { evaluator, dataSources: new Map([['none', createNoneDataSource('none')]]) };
  const resolved = await resolveField(resolver, field, deps);
  if (JSON.stringify(resolved.data) !== plainPipeline(before, functions))
    throw new Error('the pipeline and its floor disagree');
  const resolve = () => resolveField(resolver, field, deps);
  rows.push(await measureAsync('pipeline of 3 functions: runtime executor, 1 in flight', resolve, 1, SECONDS));
  rows.push(await measureAsync('pipeline of 3 functions: runtime executor, 64 in flight', resolve, 64, SECONDS));

  // The same resolver run whole inside the sandbox process (what the local server does): one round trip.
  const fields = createFieldRunner({ evaluator, dataSources: [{ name: 'none', type: 'NONE' }] });
  const inSandbox = await fields.resolve(resolver, field);
  if (JSON.stringify(inSandbox.data) !== plainPipeline(before, functions))
    throw new Error('the sandboxed pipeline and its floor disagree');
  const resolveInSandbox = () => fields.resolve(resolver, field);
  rows.push(
    await measureAsync(
      'pipeline of 3 functions: whole resolver in the sandbox, 1 in flight',
      resolveInSandbox,
      1,
      SECONDS,
    ),
  );
  rows.push(
    await measureAsync(
      'pipeline of 3 functions: whole resolver in the sandbox, 64 in flight',
      resolveInSandbox,
      64,
      SECONDS,
    ),
  );
  await evaluator.close();

  const table = rows.map((r) => {
    const base = r.name.startsWith('GetItem') ? floor : pipelineFloor;
    return {
      scenario: r.name,
      'ops/s': Math.round(r.opsPerSecond).toLocaleString('en-US'),
      'handler evals/s': Math.round(r.opsPerSecond * (r.name.startsWith('pipeline') ? 8 : 1)).toLocaleString('en-US'),
      'vs floor': `${(r.opsPerSecond / base.opsPerSecond).toFixed(3)}×`,
    };
  });
  printTable(
    `APPSYNC_JS runtime — ${cpus()[0]?.model ?? 'cpu'} ×${cpus().length}, Node ${process.version}, ${SECONDS}s per row`,
    table,
  );
  console.log('\nA pipeline resolution is 8 handler evaluations (before, 3 × request+response, after).');
  await mkdir('bench/results', { recursive: true });
  await writeFile(
    'bench/results/runtime.json',
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, rows }, null, 2)}` +
      '\n',
  );
  console.log('wrote bench/results/runtime.json');
}

await main();
