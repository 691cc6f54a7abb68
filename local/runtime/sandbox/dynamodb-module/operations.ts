// `operations` of @aws-appsync/utils/dynamodb: markers placed in an update object.
// AWS EvaluateCode answers (localstack/appsync-utils __tests__/__snapshots__/index.test.js.snap):
//   add(10)           → {type: "OPERATION_ADD", value: 10}
//   replace({a: 10})  → {type: "OPERATION_REPLACE", value: {a: 10}}
//   increment(10)     → {type: "OPERATION_INCREMENT", by: 10}
//   decrement(10)     → {type: "OPERATION_DECREMENT", by: 10}
//   append([1, 2, 3]) → {type: "OPERATION_APPEND", items: [1, 2, 3]}
//   prepend([1, 2, 3])→ {type: "OPERATION_PREPEND", items: [1, 2, 3]}
//
// UNVERIFIED against AWS:
// - remove()                 → {type: "OPERATION_REMOVE"}
// - updateListItem(v, index) → {type: "OPERATION_UPDATE_LIST_ITEM", value: v, index}
// - increment() / decrement() without an argument default `by` to 1.

export type UpdateOperation =
  | { type: 'OPERATION_ADD'; value: unknown }
  | { type: 'OPERATION_REMOVE' }
  | { type: 'OPERATION_REPLACE'; value: unknown }
  | { type: 'OPERATION_INCREMENT'; by: unknown }
  | { type: 'OPERATION_DECREMENT'; by: unknown }
  | { type: 'OPERATION_APPEND'; items: unknown }
  | { type: 'OPERATION_PREPEND'; items: unknown }
  | { type: 'OPERATION_UPDATE_LIST_ITEM'; value: unknown; index: unknown };

export type ListItemUpdate = Extract<UpdateOperation, { type: 'OPERATION_UPDATE_LIST_ITEM' }>;

const OPERATION_TYPES = new Set([
  'OPERATION_ADD',
  'OPERATION_REMOVE',
  'OPERATION_REPLACE',
  'OPERATION_INCREMENT',
  'OPERATION_DECREMENT',
  'OPERATION_APPEND',
  'OPERATION_PREPEND',
  'OPERATION_UPDATE_LIST_ITEM',
]);

export function isOperation(value: unknown): value is UpdateOperation {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && OPERATION_TYPES.has(type);
}

export function isListItemUpdate(value: unknown): value is ListItemUpdate {
  return isOperation(value) && value.type === 'OPERATION_UPDATE_LIST_ITEM';
}

export const operations = {
  add: (value: unknown): UpdateOperation => ({ type: 'OPERATION_ADD', value }),
  remove: (): UpdateOperation => ({ type: 'OPERATION_REMOVE' }),
  replace: (value: unknown): UpdateOperation => ({ type: 'OPERATION_REPLACE', value }),
  increment: (by: unknown = 1): UpdateOperation => ({ type: 'OPERATION_INCREMENT', by }),
  decrement: (by: unknown = 1): UpdateOperation => ({ type: 'OPERATION_DECREMENT', by }),
  append: (items: unknown): UpdateOperation => ({ type: 'OPERATION_APPEND', items }),
  prepend: (items: unknown): UpdateOperation => ({ type: 'OPERATION_PREPEND', items }),
  updateListItem: (value: unknown, index: unknown): UpdateOperation => ({
    type: 'OPERATION_UPDATE_LIST_ITEM',
    value,
    index,
  }),
};
