// console.* output goes to the evaluation's logs (EvaluateCode `logs`, CloudWatch in AppSync).
import { nativeJsonStringify } from './intrinsics.ts';
import { currentState } from './state.ts';

function render(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return '[Function]';
  const json = nativeJsonStringify(value);
  return json === undefined ? String(value) : json;
}

function writer(level: string) {
  return (...values: unknown[]): void => {
    const line = values.map(render).join(' ');
    currentState().logs.push(level === 'LOG' ? line : `${level} ${line}`);
  };
}

export const sandboxConsole = {
  log: writer('LOG'),
  info: writer('INFO'),
  debug: writer('DEBUG'),
  warn: writer('WARN'),
  error: writer('ERROR'),
};
