// The `update` section built by ddb.update() / transactWrite updateItem from an update object.
// AWS EvaluateCode answers (localstack/appsync-utils index.test.js.snap; an EvaluateCode-based test
// in a public project for several plain keys and nulls):
//   {age: add(10)}        → "SET #expName_1 = :expValue_1"
//   {age: increment(10)}  → "SET #expName_1 = #expName_1 + :expValue_1"
//   {age: decrement(10)}  → "SET #expName_1 = #expName_1 - :expValue_1"
//   {values: append(l)}   → "SET #expName_1 = list_append(#expName_1, :expValue_1)"
//   {values: prepend(l)}  → "SET #expName_1 = list_append(:expValue_1, #expName_1)"
//   {values: replace(o)}  → "SET #expName_1 = :expValue_1"
//   {name: "x", bio: null, …} → "SET #expName_1 = :expValue_1, #expName_2 = :expValue_2, …"
//                               with null as {"NULL": null}
//
// UNVERIFIED against AWS:
// - Names and values are numbered by two counters from 1, in key order; an attribute name used
//   twice (nested paths) reuses its placeholder.
// - remove() renders a separate clause after SET: "SET … REMOVE #expName_1, #expName_2".
//   With only removals the expression is "REMOVE …" and expressionValues is {}.
// - A plain nested object updates only the keys it names, as a document path:
//   {address: {city: "x"}} → "SET #expName_1.#expName_2 = :expValue_1" (replace() sets the whole map).
//   An empty nested object renders nothing.
// - A list of updateListItem(v, i) renders "SET #expName_1[i] = :expValue_n" per item; a single
//   updateListItem (not in a list) does the same. A list mixing them with plain values is an error.
// - A value of undefined is skipped. An update rendering no action has the expression "".

import { isPlainObject, type AttributeValue } from '../util/dynamodb.ts';
import { isListItemUpdate, isOperation, type ListItemUpdate, type UpdateOperation } from './operations.ts';
import { isTypedSet, toAttributeValue } from './values.ts';

export interface UpdateExpression {
  expression: string;
  expressionNames: Record<string, string>;
  expressionValues: Record<string, AttributeValue>;
}

class UpdateBuilder {
  readonly expressionNames: Record<string, string> = {};
  readonly expressionValues: Record<string, AttributeValue> = {};
  private readonly placeholders = new Map<string, string>();
  private readonly setActions: string[] = [];
  private readonly removeActions: string[] = [];
  private valueCount = 0;

  constructor(private readonly where: string) {}

  object(update: Record<string, unknown>, parentPath: string | null): void {
    for (const [attribute, value] of Object.entries(update)) {
      if (value === undefined) continue;
      const name = this.name(attribute);
      this.entry(parentPath === null ? name : `${parentPath}.${name}`, value);
    }
  }

  expression(): string {
    const clauses: string[] = [];
    if (this.setActions.length > 0) clauses.push(`SET ${this.setActions.join(', ')}`);
    if (this.removeActions.length > 0) clauses.push(`REMOVE ${this.removeActions.join(', ')}`);
    return clauses.join(' ');
  }

  private entry(path: string, value: unknown): void {
    if (isOperation(value)) this.operation(path, value);
    else if (Array.isArray(value) && value.some(isListItemUpdate)) this.listItems(path, value);
    else if (isPlainObject(value) && !isTypedSet(value)) this.object(value, path);
    else this.setActions.push(`${path} = ${this.value(value)}`);
  }

  private operation(path: string, operation: UpdateOperation): void {
    switch (operation.type) {
      case 'OPERATION_ADD':
      case 'OPERATION_REPLACE':
        this.setActions.push(`${path} = ${this.value(operation.value)}`);
        break;
      case 'OPERATION_REMOVE':
        this.removeActions.push(path);
        break;
      case 'OPERATION_INCREMENT':
        this.setActions.push(`${path} = ${path} + ${this.value(operation.by ?? 1)}`);
        break;
      case 'OPERATION_DECREMENT':
        this.setActions.push(`${path} = ${path} - ${this.value(operation.by ?? 1)}`);
        break;
      case 'OPERATION_APPEND':
        this.setActions.push(`${path} = list_append(${path}, ${this.list(operation.items, 'append')})`);
        break;
      case 'OPERATION_PREPEND':
        this.setActions.push(`${path} = list_append(${this.list(operation.items, 'prepend')}, ${path})`);
        break;
      case 'OPERATION_UPDATE_LIST_ITEM':
        this.listItems(path, [operation]);
        break;
    }
  }

  private listItems(path: string, items: unknown[]): void {
    if (!items.every(isListItemUpdate)) {
      throw new Error(`${this.where}: a list may not mix operations.updateListItem() with plain values`);
    }
    for (const item of items as ListItemUpdate[]) {
      const { index } = item;
      if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) {
        throw new Error(`${this.where}: operations.updateListItem() needs a non-negative integer index`);
      }
      this.setActions.push(`${path}[${index}] = ${this.value(item.value)}`);
    }
  }

  private list(items: unknown, operation: string): string {
    if (!Array.isArray(items)) throw new Error(`${this.where}: operations.${operation}() needs a list`);
    return this.value(items);
  }

  private name(attribute: string): string {
    let placeholder = this.placeholders.get(attribute);
    if (placeholder === undefined) {
      placeholder = `#expName_${this.placeholders.size + 1}`;
      this.placeholders.set(attribute, placeholder);
      this.expressionNames[placeholder] = attribute;
    }
    return placeholder;
  }

  private value(value: unknown): string {
    const typed = toAttributeValue(value);
    if (typed === null) throw new Error(`${this.where}: a value of type ${typeof value} cannot be stored in DynamoDB`);
    this.valueCount += 1;
    const placeholder = `:expValue_${this.valueCount}`;
    this.expressionValues[placeholder] = typed;
    return placeholder;
  }
}

/** Renders an update object; `where` names the caller in error messages. */
export function toUpdateExpression(update: unknown, where: string): UpdateExpression {
  if (!isPlainObject(update) || isOperation(update)) {
    throw new Error(`${where}: update must be an object of attribute updates`);
  }
  const builder = new UpdateBuilder(where);
  builder.object(update, null);
  return {
    expression: builder.expression(),
    expressionNames: builder.expressionNames,
    expressionValues: builder.expressionValues,
  };
}
