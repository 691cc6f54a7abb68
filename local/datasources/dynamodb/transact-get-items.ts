// TransactGetItems → { items: [item | null, …], cancellationReasons }, in request order.
import { TransactGetItemsCommand, TransactionCanceledException, type TransactGetItem } from '@aws-sdk/client-dynamodb';
import { cancellationReasons } from './cancellation.ts';
import { fromServiceError } from './errors.ts';
import { ExpressionBag, projection } from './expressions.ts';
import type { Operation } from './operation.ts';
import { requireArray, requireRecord, requireString } from './request-error.ts';
import { toAttributeMap, toPlainOrNull } from './typed-values.ts';

export const transactGetItems: Operation = async (request, ctx) => {
  const TransactItems: TransactGetItem[] = requireArray(request['transactItems'], 'transactItems').map((value, i) => {
    const path = `transactItems[${i}]`;
    const item = requireRecord(value, path);
    const bag = new ExpressionBag();
    return {
      Get: {
        TableName: requireString(item['table'], `${path}.table`),
        Key: toAttributeMap(item['key'], `${path}.key`),
        ...projection(item['projection'], `${path}.projection`, bag),
        ...bag.params(),
      },
    };
  });
  try {
    const out = await ctx.client.send(new TransactGetItemsCommand({ TransactItems }));
    return { result: { items: (out.Responses ?? []).map((r) => toPlainOrNull(r.Item)), cancellationReasons: null } };
  } catch (err) {
    if (!(err instanceof TransactionCanceledException)) throw err;
    return {
      error: fromServiceError(err),
      result: { items: null, cancellationReasons: cancellationReasons(err.CancellationReasons) },
    };
  }
};
