// Validate once, rewrite once, remember by content hash: the realm compiles each distinct code
// string a single time however many evaluations use it.
import { createHash } from 'node:crypto';
import type { CodeError } from '../code-error.ts';
import { validateCode } from '../validate/index.ts';
import { rewriteModule } from './rewrite-module.ts';

export { FACTORY_PARAMS, HIDDEN_GLOBALS } from './rewrite-module.ts';

export interface CompiledModule {
  hash: string;
  /** Factory source for the realm; absent when the code has errors. */
  factorySource?: string;
  exports: string[];
  codeErrors: CodeError[];
}

const MAX_CACHED = 1000;
const cache = new Map<string, CompiledModule>();

export function compileModule(code: string): CompiledModule {
  const hit = cache.get(code);
  if (hit) return hit;
  const hash = createHash('sha256').update(code).digest('hex');
  const { program, errors } = validateCode(code);
  const compiled: CompiledModule =
    errors.length > 0 || !program
      ? { hash, exports: [], codeErrors: errors }
      : (() => {
          const rewritten = rewriteModule(code, program);
          return { hash, factorySource: rewritten.source, exports: Object.keys(rewritten.exports), codeErrors: [] };
        })();
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(code, compiled);
  return compiled;
}
