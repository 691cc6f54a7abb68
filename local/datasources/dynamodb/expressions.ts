// AppSync expression objects ({expression, expressionNames, expressionValues}) → DynamoDB's
// *Expression strings plus one shared ExpressionAttributeNames / ExpressionAttributeValues pair.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { canonicalString } from './canonical.ts';
import { requireRecord, requireString, RequestError } from './request-error.ts';
import { toAttributeValue } from './typed-values.ts';

export interface ExpressionParams {
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, AttributeValue>;
}

/** Collects the placeholders of every expression in one DynamoDB call. */
export class ExpressionBag {
  private readonly names: Record<string, string> = {};
  private readonly values: Record<string, AttributeValue> = {};

  /** Adds an expression object and returns its expression string. */
  add(value: unknown, path: string, allowValues = true): string {
    const obj = requireRecord(value, path);
    const expression = requireString(obj['expression'], `${path}.expression`);
    if (obj['expressionNames'] !== undefined && obj['expressionNames'] !== null) {
      const names = requireRecord(obj['expressionNames'], `${path}.expressionNames`);
      for (const [placeholder, name] of Object.entries(names)) {
        this.put(
          this.names,
          placeholder,
          requireString(name, `${path}.expressionNames.${placeholder}`),
          path,
          (n) => n,
        );
      }
    }
    if (obj['expressionValues'] !== undefined && obj['expressionValues'] !== null) {
      if (!allowValues) throw new RequestError(`'${path}' takes no expressionValues.`);
      const values = requireRecord(obj['expressionValues'], `${path}.expressionValues`);
      for (const [placeholder, v] of Object.entries(values)) {
        const typed = toAttributeValue(v, `${path}.expressionValues.${placeholder}`);
        this.put(this.values, placeholder, typed, path, (t) => canonicalString({ v: t }));
      }
    }
    return expression;
  }

  /** Adds a name placeholder the data source itself needs (e.g. key attributes in a projection). */
  addName(placeholder: string, name: string): void {
    this.put(this.names, placeholder, name, 'internal', (n) => n);
  }

  params(): ExpressionParams {
    const out: ExpressionParams = {};
    if (Object.keys(this.names).length > 0) out.ExpressionAttributeNames = { ...this.names };
    if (Object.keys(this.values).length > 0) out.ExpressionAttributeValues = { ...this.values };
    return out;
  }

  private put<T>(into: Record<string, T>, placeholder: string, value: T, path: string, key: (v: T) => string): void {
    const existing = into[placeholder];
    if (existing !== undefined && key(existing) !== key(value)) {
      throw new RequestError(
        `Placeholder '${placeholder}' in '${path}' is already defined differently ` +
          'by another expression of the same request.',
      );
    }
    into[placeholder] = value;
  }
}

/** The optional `projection` field → ProjectionExpression (values are not allowed in projections). */
export function projection(value: unknown, path: string, bag: ExpressionBag): { ProjectionExpression?: string } {
  if (value === undefined || value === null) return {};
  return { ProjectionExpression: bag.add(value, path, false) };
}
