// `npm run --silent evaluate -- --code FILE --context FILE --function request|response`
// prints what AppSync's EvaluateCode would answer, as JSON on stdout.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { evaluateCode } from './evaluate-code.ts';
import { createEvaluator } from './evaluator.ts';

const USAGE = 'usage: npm run --silent evaluate -- --code FILE --context FILE --function request|response';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { code: { type: 'string' }, context: { type: 'string' }, function: { type: 'string' } },
    strict: true,
  });
  if (!values.code || !values.context || (values.function !== 'request' && values.function !== 'response')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const [code, context] = await Promise.all([readFile(values.code, 'utf8'), readFile(values.context, 'utf8')]);
  const evaluator = createEvaluator();
  try {
    const output = await evaluateCode({ code, context, function: values.function }, evaluator);
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    return 0;
  } finally {
    await evaluator.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
