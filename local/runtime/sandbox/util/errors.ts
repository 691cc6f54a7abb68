// util.error stops the handler; util.appendError records and goes on; util.unauthorized stops with
// AppSync's Unauthorized error. A non-string message makes error/appendError a no-op, as observed
// on AppSync (aws-appsync-community#384).
import type { AppSyncErrorShape } from '../../../../contracts/index.ts';
import { ErrorSignal, UnauthorizedSignal } from '../signals.ts';
import { currentState } from '../state.ts';

export function error(message: unknown, errorType?: unknown, data?: unknown, errorInfo?: unknown): void {
  if (typeof message !== 'string') return;
  throw new ErrorSignal(shapeOf(message, errorType, data, errorInfo));
}

export function appendError(message: unknown, errorType?: unknown, data?: unknown, errorInfo?: unknown): void {
  if (typeof message !== 'string') return;
  currentState().appendedErrors.push(shapeOf(message, errorType, data, errorInfo));
}

function shapeOf(message: string, errorType: unknown, data: unknown, errorInfo: unknown): AppSyncErrorShape {
  const type = typeof errorType === 'string' ? errorType : null;
  return { message, errorType: type, data: data ?? null, errorInfo: errorInfo ?? null };
}

export function unauthorized(): never {
  throw new UnauthorizedSignal();
}
