// TransactionCanceledException → AppSync's `cancellationReasons`, in request order.
import type { CancellationReason } from '@aws-sdk/client-dynamodb';
import { toPlainItem } from './typed-values.ts';

export interface AppSyncCancellationReason {
  /** DynamoDB's code: "None", "ConditionalCheckFailed", "TransactionConflict", … */
  type: string;
  message: string | null;
  /** The stored item, when its condition failed and returnValuesOnConditionCheckFailure allowed it. */
  item?: Record<string, unknown>;
}

export function cancellationReasons(reasons: CancellationReason[] | undefined): AppSyncCancellationReason[] {
  return (reasons ?? []).map((r) => {
    const reason: AppSyncCancellationReason = { type: r.Code ?? 'None', message: r.Message ?? null };
    if (r.Item) reason.item = toPlainItem(r.Item);
    return reason;
  });
}
