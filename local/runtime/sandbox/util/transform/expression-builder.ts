// The one renderer behind util.transform.toDynamoDBFilterExpression / toDynamoDBConditionExpression
// and the filters and conditions of @aws-appsync/utils/dynamodb. Both util.transform entry points
// render every input identically on AWS (localstack/appsync-utils __tests__/transform.test.js).
//
// Grammar, as AWS renders it:
// - an object's members are joined with " AND " and never wrapped; an empty member still takes
//   its place, which leaves a dangling joiner ("(#a = :a_eq) AND ").
// - a field's conditions are each wrapped in parentheses; two or more are AND-ed and wrapped again.
// - `and` / `or` take a list; members get the value prefix `<and|or>_<index>_`; the group is
//   wrapped only when it has two or more members.
// - `not` takes an object; its values get the prefix `not_`; it renders "(NOT <inner>)".
// - names are `#<field>` (verbatim, dots included); values `:<prefix><field>_<op>`; `size` adds
//   `_size` to the value name and wraps the operand in size(); a nested size does not nest the call.
// - anything it cannot render makes the whole call answer null.
//
// UNVERIFIED against AWS:
// - an operator or member whose value is undefined is skipped (as JSON serialisation would drop it).
// - a field whose value is null (rather than an operator object) and `not: null` cannot be rendered.

import { isPlainObject, toDynamoDB, type AttributeValue } from '../dynamodb.ts';

export interface DynamoDBExpression {
  expression: string;
  expressionNames: Record<string, string>;
  expressionValues: Record<string, AttributeValue>;
}

class Unrenderable extends Error {}

const COMPARISONS: Record<string, string> = { eq: '=', ne: '<>', le: '<=', lt: '<', ge: '>=', gt: '>' };

const FUNCTIONS: Record<string, string> = {
  contains: 'contains',
  notContains: 'NOT contains',
  beginsWith: 'begins_with',
};

const ATTRIBUTE_TYPES: Record<string, string> = {
  _null: 'NULL',
  string: 'S',
  stringSet: 'SS',
  number: 'N',
  numberSet: 'NS',
  binary: 'B',
  binarySet: 'BS',
  boolean: 'BOOL',
  list: 'L',
  map: 'M',
};

function lookup(table: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Where a field's conditions are rendered: the operand text and the stem of its value names. */
interface Operand {
  path: string;
  valueStem: string;
  sized: boolean;
}

class Renderer {
  readonly names: Record<string, string> = {};
  readonly values: Record<string, AttributeValue> = {};

  object(filter: unknown, prefix: string): string {
    if (!isPlainObject(filter)) throw new Unrenderable();
    const parts: string[] = [];
    for (const [key, value] of Object.entries(filter)) {
      if (value === undefined) continue;
      if (key === 'and' || key === 'or') parts.push(this.group(key, value, prefix));
      else if (key === 'not') parts.push(`(NOT ${this.object(value, `${prefix}not_`)})`);
      else parts.push(this.field(key, value, prefix));
    }
    return parts.join(' AND ');
  }

  private group(kind: 'and' | 'or', members: unknown, prefix: string): string {
    if (!Array.isArray(members)) throw new Unrenderable();
    const parts = members.map((member, index) => this.object(member, `${prefix}${kind}_${index}_`));
    const joined = parts.join(kind === 'and' ? ' AND ' : ' OR ');
    return parts.length > 1 ? `(${joined})` : joined;
  }

  private field(name: string, operators: unknown, prefix: string): string {
    if (!isPlainObject(operators)) throw new Unrenderable();
    const placeholder = `#${name}`;
    this.names[placeholder] = name;
    const conditions = this.conditions({ path: placeholder, valueStem: `:${prefix}${name}`, sized: false }, operators);
    if (conditions.length === 0) return '';
    const wrapped = conditions.map((condition) => `(${condition})`);
    return wrapped.length === 1 ? (wrapped[0] as string) : `(${wrapped.join(' AND ')})`;
  }

  private conditions(operand: Operand, operators: Record<string, unknown>): string[] {
    const out: string[] = [];
    for (const [operator, value] of Object.entries(operators)) {
      if (value === undefined) continue;
      if (operator === 'size') out.push(...this.size(operand, value));
      else out.push(this.condition(operand, operator, value));
    }
    return out;
  }

  private size(operand: Operand, operators: unknown): string[] {
    if (!isPlainObject(operators)) throw new Unrenderable();
    const path = operand.sized ? operand.path : `size(${operand.path})`;
    return this.conditions({ path, valueStem: `${operand.valueStem}_size`, sized: true }, operators);
  }

  private condition(operand: Operand, operator: string, value: unknown): string {
    const { path, valueStem } = operand;
    const comparison = lookup(COMPARISONS, operator);
    if (comparison !== undefined) return `${path} ${comparison} ${this.value(`${valueStem}_${operator}`, value)}`;
    const fn = lookup(FUNCTIONS, operator);
    if (fn !== undefined) return `${fn}(${path},${this.value(`${valueStem}_${operator}`, value)})`;
    switch (operator) {
      case 'between':
        return this.between(operand, value);
      case 'in':
        return this.in(operand, value);
      case 'attributeExists':
        return this.attributeExists(path, value);
      case 'attributeType':
        return this.attributeType(operand, value);
      default:
        throw new Unrenderable();
    }
  }

  private between({ path, valueStem }: Operand, bounds: unknown): string {
    if (!Array.isArray(bounds) || bounds.length < 2) throw new Unrenderable();
    const start = this.value(`${valueStem}_between_start`, bounds[0]);
    const end = this.value(`${valueStem}_between_end`, bounds[1]);
    return `${path} BETWEEN ${start} AND ${end}`;
  }

  private in({ path, valueStem }: Operand, list: unknown): string {
    if (!Array.isArray(list)) throw new Unrenderable();
    // AWS renders an empty list as the text "null" (observed: expression "(null)").
    if (list.length === 0) return 'null';
    const placeholders = list.map((item, index) => this.value(`${valueStem}_in_${index}`, item));
    return `${path} IN (${placeholders.join(', ')})`;
  }

  private attributeExists(path: string, exists: unknown): string {
    if (typeof exists !== 'boolean') throw new Unrenderable();
    return exists ? `attribute_exists(${path})` : `attribute_not_exists(${path})`;
  }

  private attributeType({ path, valueStem }: Operand, typeName: unknown): string {
    const code = typeof typeName === 'string' ? lookup(ATTRIBUTE_TYPES, typeName) : undefined;
    if (code === undefined) throw new Unrenderable();
    return `attribute_type(${path},${this.value(`${valueStem}_attributeType`, code)})`;
  }

  private value(placeholder: string, value: unknown): string {
    const typed = toDynamoDB(value);
    if (typed === null) throw new Unrenderable();
    this.values[placeholder] = typed;
    return placeholder;
  }
}

/**
 * Renders a filter object; answers null when AWS would (not an object, unknown operator, wrong
 * operand shape). Field and group order follow the object's key order.
 */
export function buildExpression(filter: unknown): DynamoDBExpression | null {
  const renderer = new Renderer();
  try {
    const expression = renderer.object(filter, '');
    return { expression, expressionNames: renderer.names, expressionValues: renderer.values };
  } catch (error) {
    if (error instanceof Unrenderable) return null;
    throw error;
  }
}

/** The JSON string util.transform answers, or null when the filter cannot be rendered. */
export function buildExpressionJson(filter: unknown): string | null {
  const built = buildExpression(filter);
  return built === null ? null : JSON.stringify(built);
}
