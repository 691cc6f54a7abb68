// One conditional write of an order item in DynamoDB's own expression syntax, for the payment writes
// that set nested attributes (`payment.refunded`): SET paths, an optional status-history append, and
// `path = value` conditions, all with placeholders. Built by hand so the exact expression is ours.
// https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.UpdateExpressions.html
import { util } from '@aws-appsync/utils';
import { tableName } from './items.ts';
import { orderKey } from '../../contracts/table-keys.ts';
import type { OrderItem, StatusChangeItem } from './orders.ts';

export interface OrderWrite {
  /** dotted attribute path (simple names only) → value to SET */
  sets: Record<string, unknown>;
  /** appended to `statusHistory` */
  history?: StatusChangeItem | null;
  /** dotted path → value it must equal; a null value means the attribute must not exist */
  conditions: Record<string, unknown>;
}

export interface Expression {
  expression: string;
  expressionNames: Record<string, string>;
  expressionValues: Record<string, unknown>;
}

function placeholdersOf(path: string, names: Record<string, string>): string {
  return path
    .split('.')
    .map((part) => {
      names[`#${part}`] = part;
      return `#${part}`;
    })
    .join('.');
}

export function updateExpression(write: OrderWrite): Expression {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const actions: string[] = [];
  Object.keys(write.sets).forEach((path, i) => {
    actions.push(`${placeholdersOf(path, names)} = :s${i}`);
    values[`:s${i}`] = util.dynamodb.toDynamoDB(write.sets[path]);
  });
  if (write.history) {
    names['#statusHistory'] = 'statusHistory';
    actions.push('#statusHistory = list_append(#statusHistory, :history)');
    values[':history'] = util.dynamodb.toDynamoDB([write.history]);
  }
  return { expression: `SET ${actions.join(', ')}`, expressionNames: names, expressionValues: values };
}

export function conditionExpression(conditions: Record<string, unknown>): Expression {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const parts = Object.keys(conditions).map((path, i) => {
    const name = placeholdersOf(path, names);
    if (conditions[path] === null) return `attribute_not_exists(${name})`;
    values[`:c${i}`] = util.dynamodb.toDynamoDB(conditions[path]);
    return `${name} = :c${i}`;
  });
  return { expression: parts.join(' AND '), expressionNames: names, expressionValues: values };
}

/** The UpdateItem request (or transaction item, with `table`) for one order write. */
export function orderUpdate(orderId: string, write: OrderWrite) {
  return {
    operation: 'UpdateItem',
    key: util.dynamodb.toMapValues(orderKey(orderId)),
    update: updateExpression(write),
    condition: conditionExpression(write.conditions),
  };
}

export function orderUpdateItem(env: unknown, orderId: string, write: OrderWrite) {
  return { table: tableName(env), ...orderUpdate(orderId, write) };
}

/** The order as it is after `write` succeeded (the write changed nothing else). */
export function applyWrite(order: OrderItem, write: OrderWrite): OrderItem {
  const after = JSON.parse(JSON.stringify(order)) as Record<string, unknown>;
  Object.keys(write.sets).forEach((path) => {
    const parts = path.split('.');
    let target = after;
    parts.slice(0, -1).forEach((part) => {
      target = target[part] as Record<string, unknown>;
    });
    target[parts[parts.length - 1] as string] = write.sets[path];
  });
  if (write.history) after.statusHistory = [...(order.statusHistory ?? []), write.history];
  return after as unknown as OrderItem;
}
