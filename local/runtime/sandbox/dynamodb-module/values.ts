// Plain values → DynamoDB typed values for the @aws-appsync/utils/dynamodb helpers. Same encoding as
// util.dynamodb.toDynamoDB (numbers stay JSON numbers, arrays become L, objects M), except that a
// set built with toStringSet / toNumberSet / toBinarySet is kept as the set it already is.
//
// UNVERIFIED against AWS:
// - A value shaped exactly like {"SS"|"NS"|"BS": [...]} (one key, a list) is taken to be a set built
//   with the set helpers and is passed through, at any depth; without this the set helpers could
//   not be used in put/update items.
// - Properties whose value is undefined are left out.

import { isPlainObject, setOwn, toDynamoDB, type AttributeValue } from '../util/dynamodb.ts';

const SET_TYPES = ['SS', 'NS', 'BS'];

export function isTypedSet(value: unknown): value is Record<string, unknown[]> {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && SET_TYPES.includes(keys[0] as string) && Array.isArray(value[keys[0] as string]);
}

export function toAttributeValue(value: unknown): AttributeValue | null {
  if (isTypedSet(value)) {
    const [type, list] = Object.entries(value)[0] as [string, unknown[]];
    return { [type]: list.slice() } as AttributeValue;
  }
  if (Array.isArray(value)) return { L: value.map((item) => toAttributeValue(item) ?? { NULL: null }) };
  if (isPlainObject(value)) return { M: toAttributeMap(value) };
  return toDynamoDB(value);
}

export function toAttributeMap(source: Record<string, unknown>): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const [name, value] of Object.entries(source)) {
    const typed = toAttributeValue(value);
    if (typed !== null) setOwn(out, name, typed);
  }
  return out;
}

/** A key object ({id: "1"} → {id: {S: "1"}}); `where` names the caller in the error. */
export function toKey(key: unknown, where: string): Record<string, AttributeValue> {
  if (!isPlainObject(key)) throw new Error(`${where}: key must be an object of key attributes`);
  return toAttributeMap(key);
}

/** An item object for PutItem/BatchPutItem; `where` names the caller in the error. */
export function toItem(item: unknown, where: string): Record<string, AttributeValue> {
  if (item === undefined || item === null) return {};
  if (!isPlainObject(item)) throw new Error(`${where}: item must be an object`);
  return toAttributeMap(item);
}
