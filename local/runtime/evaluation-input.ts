// What one handler evaluation sends into the realm: the compiled module (validated, cached by
// hash), the ctx as JSON, and the options util needs (auth type, pinned clock).
import { AUTH_TYPE_NAMES } from '../../contracts/index.ts';
import { authModeOfIdentity } from './auth-type.ts';
import type { CodeError } from './code-error.ts';
import { compileModule } from './compile/index.ts';
import type { EvaluationRequest } from './realm/create-realm.ts';
import type { HandlerInput } from './types.ts';

function identityOf(context: string | object): unknown {
  if (typeof context !== 'string') return (context as { identity?: unknown }).identity;
  try {
    return (JSON.parse(context) as { identity?: unknown }).identity;
  } catch {
    return undefined;
  }
}

type Prepared =
  | { request: EvaluationRequest & { source: string }; codeErrors?: undefined }
  | { codeErrors: CodeError[]; request?: undefined };

export function evaluationRequest(input: HandlerInput): Prepared {
  const compiled = compileModule(input.code);
  if (!compiled.factorySource) return { codeErrors: compiled.codeErrors };
  const context = typeof input.context === 'string' ? input.context : JSON.stringify(input.context);
  const mode = input.authMode ?? authModeOfIdentity(identityOf(input.context));
  const options = JSON.stringify({ authType: AUTH_TYPE_NAMES[mode], fixedNow: input.fixedNow });
  return { request: { hash: compiled.hash, source: compiled.factorySource, context, handler: input.handler, options } };
}
