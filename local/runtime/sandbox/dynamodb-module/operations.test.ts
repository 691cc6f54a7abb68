import { describe, expect, it } from 'vitest';
import { isListItemUpdate, isOperation, operations } from './operations.ts';

const SNAPSHOTS = 'localstack/appsync-utils __tests__/__snapshots__/index.test.js.snap';

describe(`operations — AWS EvaluateCode, recorded in ${SNAPSHOTS}`, () => {
  it('add, replace, increment, decrement, append, prepend', () => {
    expect(operations.add(10)).toEqual({ type: 'OPERATION_ADD', value: 10 });
    expect(operations.replace({ a: 10 })).toEqual({ type: 'OPERATION_REPLACE', value: { a: 10 } });
    expect(operations.increment(10)).toEqual({ type: 'OPERATION_INCREMENT', by: 10 });
    expect(operations.decrement(10)).toEqual({ type: 'OPERATION_DECREMENT', by: 10 });
    expect(operations.append([1, 2, 3])).toEqual({ type: 'OPERATION_APPEND', items: [1, 2, 3] });
    expect(operations.prepend([1, 2, 3])).toEqual({ type: 'OPERATION_PREPEND', items: [1, 2, 3] });
  });
});

describe('operations — not captured on AWS', () => {
  it('remove and updateListItem', () => {
    expect(operations.remove()).toEqual({ type: 'OPERATION_REMOVE' });
    expect(operations.updateListItem('foo', 1)).toEqual({ type: 'OPERATION_UPDATE_LIST_ITEM', value: 'foo', index: 1 });
  });

  it('increment and decrement default to 1', () => {
    expect(operations.increment()).toEqual({ type: 'OPERATION_INCREMENT', by: 1 });
    expect(operations.decrement()).toEqual({ type: 'OPERATION_DECREMENT', by: 1 });
  });

  it('recognises operation objects only', () => {
    expect(isOperation(operations.add(1))).toBe(true);
    expect(isOperation({ type: 'SOMETHING' })).toBe(false);
    expect(isOperation([operations.add(1)])).toBe(false);
    expect(isOperation(null)).toBe(false);
    expect(isListItemUpdate(operations.updateListItem(1, 0))).toBe(true);
    expect(isListItemUpdate(operations.add(1))).toBe(false);
  });
});
