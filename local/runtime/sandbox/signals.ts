// How a handler stops early. The sandbox throws one of these; the entry point turns it into the
// outcome the host sees. Resolver code cannot catch them: `try` is refused before it runs.
import type { AppSyncErrorShape } from '../../../contracts/index.ts';

export class ErrorSignal {
  constructor(readonly error: AppSyncErrorShape) {}
}

export class UnauthorizedSignal {}

export class EarlyReturnSignal {
  constructor(
    readonly value: unknown,
    readonly skipTo: 'END' | 'NEXT' | undefined,
  ) {}
}
