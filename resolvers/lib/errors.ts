// The contract's error types, and the one way resolvers raise them.
import { util } from '@aws-appsync/utils';

export type ShopErrorType =
  | 'Unauthorized'
  | 'NotFound'
  | 'ValidationError'
  | 'ConflictError'
  | 'InsufficientStock'
  | 'InvalidTransition'
  | 'PromotionCodeRejected';

export function fail(message: string, errorType: ShopErrorType, errorInfo?: Record<string, unknown>): never {
  return util.error(message, errorType, null, errorInfo ?? null);
}

/** Re-raises a data-source error the handler has no better answer for (AppSync leaves it to us). */
export function raiseDataSourceError(error: { message: string; type: string } | undefined | null): void {
  if (error) util.error(error.message, error.type);
}

export interface CancellationReason {
  type: string;
  message?: string | null;
  item?: Record<string, unknown> | null;
}

/** The cancellation reasons of a failed TransactWriteItems, in request order ([] when none). */
export function cancellationReasons(result: unknown): CancellationReason[] {
  const reasons = (result as { cancellationReasons?: CancellationReason[] | null } | null)?.cancellationReasons;
  return Array.isArray(reasons) ? reasons : [];
}

export function conditionFailed(reason: CancellationReason | undefined): boolean {
  return !!reason && reason.type === 'ConditionalCheckFailed';
}
