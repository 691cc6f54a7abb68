// The AWS_LAMBDA data source: `Invoke` (and `BatchInvoke`, one item at a time) of the function
// the data source names; a function error reaches the handler as ctx.error `Lambda:Unhandled`.
import type { DataSource } from '../data-source.ts';
import type { LambdaRunner } from './runner.ts';

export { createLambdaRunner, type LambdaRunner, type LambdaRunnerOptions } from './runner.ts';

interface LambdaRequest {
  operation?: string;
  invocationType?: 'RequestResponse' | 'Event';
  payload?: unknown;
}

export function createLambdaDataSource(name: string, runner: LambdaRunner): DataSource {
  return {
    name,
    type: 'AWS_LAMBDA',
    async invoke(request) {
      const r = (request ?? {}) as LambdaRequest;
      if (r.operation !== 'Invoke' && r.operation !== 'BatchInvoke') {
        return {
          error: {
            type: 'MappingTemplate',
            message: `Unsupported operation '${String(r.operation)}': use Invoke or BatchInvoke`,
          },
        };
      }
      const event = r.operation === 'BatchInvoke' ? [r.payload ?? null] : (r.payload ?? null);
      if (r.invocationType === 'Event') {
        void runner.invoke(event);
        return { result: null };
      }
      const answer = await runner.invoke(event);
      if (answer.error) return { error: { type: 'Lambda:Unhandled', message: answer.error.errorMessage } };
      return {
        result:
          r.operation === 'BatchInvoke' && Array.isArray(answer.result) ? (answer.result[0] ?? null) : answer.result,
      };
    },
  };
}
