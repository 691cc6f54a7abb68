// Evaluates one handler of one resolver or function: compile (validated, cached by hash) on the
// host, then run in a sandbox worker with time and memory limits.
import { authModeOfIdentity, AUTH_TYPE_NAMES, type AuthMode } from './auth-type.ts';
import type { CodeError } from './code-error.ts';
import { compileModule } from './compile/index.ts';
import type { HandlerOutcome } from './sandbox/outcome.ts';
import { createSandboxPool, type SandboxPoolOptions } from './worker/pool.ts';

export type HandlerName = 'request' | 'response';

export interface HandlerInput {
  code: string;
  /** ctx as JSON text or as a value (it is serialised either way: the realm shares no objects) */
  context: string | object;
  handler: HandlerName;
  /** the request's auth mode; read off ctx.identity when absent */
  authMode?: AuthMode;
  /** pins util.time.* (epoch ms) */
  fixedNow?: number;
}

export type HandlerEvaluation = { codeErrors: CodeError[]; outcome?: undefined } | { codeErrors?: undefined; outcome: HandlerOutcome };

export interface Evaluator {
  evaluate(input: HandlerInput): Promise<HandlerEvaluation>;
  close(): Promise<void>;
}

export function createEvaluator(options: SandboxPoolOptions = {}): Evaluator {
  const pool = createSandboxPool(options);
  return {
    async evaluate(input) {
      const compiled = compileModule(input.code);
      if (!compiled.factorySource) return { codeErrors: compiled.codeErrors };
      const context = typeof input.context === 'string' ? input.context : JSON.stringify(input.context);
      const mode = input.authMode ?? authModeOfIdentity(identityOf(input.context));
      const options = JSON.stringify({ authType: AUTH_TYPE_NAMES[mode], fixedNow: input.fixedNow });
      const outcome = await pool.run({ hash: compiled.hash, source: compiled.factorySource, context, handler: input.handler, options });
      return { outcome: JSON.parse(outcome) as HandlerOutcome };
    },
    close: () => pool.close(),
  };
}

function identityOf(context: string | object): unknown {
  if (typeof context !== 'string') return (context as { identity?: unknown }).identity;
  try {
    return (JSON.parse(context) as { identity?: unknown }).identity;
  } catch {
    return undefined;
  }
}
