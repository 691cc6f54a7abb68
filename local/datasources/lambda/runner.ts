// One Lambda function run in process, as a warm container would: its bundled handler loaded once
// in its own worker thread, with its own environment (the template's, resolved to local twins).
import { Worker } from 'node:worker_threads';

export interface LambdaRunnerOptions {
  functionName: string;
  /** the bundled handler file (asset dir + handler module) */
  file: string;
  /** the exported function, e.g. "handler" of "index.handler" */
  exportName: string;
  environment: Record<string, string>;
  timeoutMs: number;
  memoryMb?: number;
}

export type LambdaAnswer =
  { result: unknown; error?: undefined } | { error: { errorType: string; errorMessage: string }; result?: undefined };

export interface LambdaRunner {
  invoke(event: unknown): Promise<LambdaAnswer>;
  stop(): Promise<void>;
}

const WORKER =
  `
const { parentPort, workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
const loaded = import(pathToFileURL(workerData.file).href).then(` +
  `(m) => m[workerData.exportName] ?? (m.default && m.default[workerData.exportName]));
parentPort.on('message', async ({ id, event, deadline }) => {
  const context = { functionName: workerData.functionName, awsRequestId: String(id), ` +
  `getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()), callbackWaitsForEmptyEventLoop: false };
  try {
    const handler = await loaded;
    if (typeof handler !== 'function') ` +
  `throw new Error('Handler ' + workerData.exportName + ' is not exported by ' + workerData.file);
    const result = await handler(event, context);
    parentPort.postMessage({ id, result: result === undefined ? null : JSON.parse(JSON.stringify(result)) });
  } catch (e) {
    parentPort.postMessage({ id, error: ` +
  `{ errorType: (e && e.name) || 'Error', errorMessage: (e && e.message) || String(e) } });
  }
});`;

export function createLambdaRunner(options: LambdaRunnerOptions): LambdaRunner {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, (answer: LambdaAnswer) => void>();

  const start = (): Worker => {
    const w = new Worker(WORKER, {
      eval: true,
      env: { ...options.environment },
      workerData: { file: options.file, exportName: options.exportName, functionName: options.functionName },
      resourceLimits: { maxOldGenerationSizeMb: options.memoryMb ?? 256 },
    });
    w.on('message', (m: { id: number } & LambdaAnswer) => {
      pending.get(m.id)?.(m.error ? { error: m.error } : { result: m.result });
      pending.delete(m.id);
    });
    w.on('error', (err) => failAll(err.message));
    w.on('exit', () => {
      failAll('the function stopped unexpectedly');
      worker = undefined;
    });
    w.unref();
    return w;
  };

  function failAll(message: string): void {
    for (const resolve of pending.values())
      resolve({ error: { errorType: 'Runtime.ExitError', errorMessage: message } });
    pending.clear();
  }

  return {
    invoke(event) {
      worker ??= start();
      const id = nextId++;
      const current = worker;
      return new Promise<LambdaAnswer>((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          void current.terminate();
          resolve({
            error: {
              errorType: 'Sandbox.Timedout',
              errorMessage: `Task timed out after ${(options.timeoutMs / 1000).toFixed(2)} seconds`,
            },
          });
        }, options.timeoutMs);
        pending.set(id, (answer) => {
          clearTimeout(timer);
          resolve(answer);
        });
        current.postMessage({ id, event, deadline: Date.now() + options.timeoutMs });
      });
    },
    async stop() {
      await worker?.terminate();
      worker = undefined;
    },
  };
}
