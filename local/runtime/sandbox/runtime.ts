// The `runtime` global: runtime.earlyReturn stops the current handler and hands `obj` on.
import { EarlyReturnSignal } from './signals.ts';

export const runtime = {
  earlyReturn(obj?: unknown, returnOptions?: { skipTo?: 'END' | 'NEXT' }): never {
    const skipTo = returnOptions?.skipTo;
    if (skipTo !== undefined && skipTo !== 'END' && skipTo !== 'NEXT') {
      throw new TypeError(`runtime.earlyReturn: skipTo must be 'END' or 'NEXT', got ${String(skipTo)}`);
    }
    throw new EarlyReturnSignal(obj, skipTo);
  },
};
