// util.error stops the handler; util.appendError records and goes on; util.unauthorized stops with
// AppSync's Unauthorized error. A non-string message makes error/appendError a no-op, as observed
// on AppSync (aws-appsync-community#384).
import { ErrorSignal, UnauthorizedSignal } from '../signals.ts';
import { currentState } from '../state.ts';

export function error(message: unknown, errorType?: unknown, data?: unknown, errorInfo?: unknown): void {
  if (typeof message !== 'string') return;
  throw new ErrorSignal(message, typeof errorType === 'string' ? errorType : null, data ?? null, errorInfo ?? null);
}

export function appendError(message: unknown, errorType?: unknown, data?: unknown, errorInfo?: unknown): void {
  if (typeof message !== 'string') return;
  currentState().appendedErrors.push({
    message,
    errorType: typeof errorType === 'string' ? errorType : null,
    data: data ?? null,
    errorInfo: errorInfo ?? null,
  });
}

export function unauthorized(): never {
  throw new UnauthorizedSignal();
}
