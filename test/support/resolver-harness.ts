// Runs one handler of a bundled resolver through evaluateCode, as AppSync's EvaluateCode would,
// with the context a real request would carry (identity by caller, env from the stack).
import { evaluateCode } from '../../local/runtime/index.ts';
import { builtResolvers } from './built-resolvers.ts';

export const ENV = { TABLE_NAME: 'ShopTable', CURRENCY: 'USD' };

export const callers = {
  anonymous: null,
  shopper: {
    sub: 'user-shopper',
    issuer: 'https://cognito-idp.local/pool',
    username: 'user-shopper',
    claims: { email: 'shopper@example.com' },
    sourceIp: ['127.0.0.1'],
    defaultAuthStrategy: 'ALLOW',
    groups: null,
  },
  admin: {
    sub: 'user-admin',
    issuer: 'https://cognito-idp.local/pool',
    username: 'user-admin',
    claims: { email: 'admin@example.com', 'cognito:groups': ['admin'] },
    sourceIp: ['127.0.0.1'],
    defaultAuthStrategy: 'ALLOW',
    groups: ['admin'],
  },
} as const;

export interface HandlerRun {
  /** the handler's value (parsed evaluationResult) when it returned */
  result?: any;
  /** error raised with util.error: message, errorType, data, errorInfo */
  error?: { message: string; errorType: string | null; data: unknown; errorInfo: any };
  stash: Record<string, any>;
  appended: unknown[];
}

export async function run(
  path: string,
  fn: 'request' | 'response',
  context: Record<string, unknown>,
): Promise<HandlerRun> {
  const code = await (await builtResolvers()).code(path);
  const out = await evaluateCode({ code, context: JSON.stringify({ env: ENV, ...context }), function: fn });
  if (out.error?.codeErrors?.length) throw new Error(`${path}: ${JSON.stringify(out.error.codeErrors)}`);
  const errors = JSON.parse(out.outErrors ?? '[]') as HandlerRun['error'][];
  const stash = JSON.parse(out.stash ?? '{}');
  if (out.error) {
    const raised = errors[errors.length - 1];
    if (!raised || raised.message !== out.error.message) throw new Error(`${path}: ${out.error.message}`);
    return { error: raised, stash, appended: errors.slice(0, -1) };
  }
  return { result: JSON.parse(out.evaluationResult ?? 'null'), stash, appended: errors };
}

export const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
export const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
