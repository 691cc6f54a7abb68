// util.dynamodb — plain values to DynamoDB typed values, as the APPSYNC_JS runtime builds them.
// Numbers stay JSON numbers ({"N": 12345}), not strings: that is what AWS EvaluateCode answers,
// even though the published .d.ts types claim `N: string`.
//
// UNVERIFIED against AWS:
// - toDynamoDB(undefined) answers null (like the single-value converters); toDynamoDB of a function,
//   symbol or bigint answers null too.
// - A map property whose value is undefined is left out (as JSON serialisation would drop it);
//   an undefined list element becomes {"NULL": null} (as JSON turns it into null).
// - The single-value converters do not coerce: toString(12) answers {"S": 12}.
// - toList / toMap / toMapValues answer null for anything that is not an array / a plain object.
// - toS3Object answers null when key, bucket or region is null or undefined.
// - fromS3ObjectJson accepts the JSON string or a {"S": string} typed value and answers null when the
//   input is not an S3 object JSON (AWS's own behaviour for bad input was not captured).

import { nativeJsonParse } from '../intrinsics.ts';
export type AttributeValue =
  | { S: unknown }
  | { N: unknown }
  | { BOOL: unknown }
  | { NULL: null }
  | { B: unknown }
  | { SS: unknown[] }
  | { NS: unknown[] }
  | { BS: unknown[] }
  | { L: AttributeValue[] }
  | { M: Record<string, AttributeValue> };

export interface S3Object {
  key: unknown;
  bucket: unknown;
  region: unknown;
  version?: unknown;
}

function isAbsent(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets an own enumerable property, even for names like "__proto__" that plain assignment mishandles. */
export function setOwn<T>(target: Record<string, T>, name: string, value: T): void {
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
}

function convertListElement(value: unknown): AttributeValue {
  return toDynamoDB(value) ?? { NULL: null };
}

/** Converts any JSON-like value to its DynamoDB typed value (lists stay `L`, never sets). */
export function toDynamoDB(value: unknown): AttributeValue | null {
  if (value === null) return { NULL: null };
  if (Array.isArray(value)) return { L: value.map(convertListElement) };
  switch (typeof value) {
    case 'string':
      return { S: value };
    case 'number':
      return { N: value };
    case 'boolean':
      return { BOOL: value };
    case 'object':
      return { M: convertMap(value as Record<string, unknown>) };
    default:
      return null;
  }
}

function convertMap(source: Record<string, unknown>): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const [name, value] of Object.entries(source)) {
    const typed = toDynamoDB(value);
    if (typed !== null) setOwn(out, name, typed);
  }
  return out;
}

export function toString(value: unknown): { S: unknown } | null {
  return isAbsent(value) ? null : { S: value };
}

export function toStringSet(list: unknown): { SS: unknown[] } | null {
  return Array.isArray(list) ? { SS: list.slice() } : null;
}

export function toNumber(value: unknown): { N: unknown } | null {
  return isAbsent(value) ? null : { N: value };
}

export function toNumberSet(list: unknown): { NS: unknown[] } | null {
  return Array.isArray(list) ? { NS: list.slice() } : null;
}

/** The value is taken to be base64 already; it is passed through unchanged. */
export function toBinary(value: unknown): { B: unknown } | null {
  return isAbsent(value) ? null : { B: value };
}

export function toBinarySet(list: unknown): { BS: unknown[] } | null {
  return Array.isArray(list) ? { BS: list.slice() } : null;
}

export function toBoolean(value: unknown): { BOOL: unknown } | null {
  return isAbsent(value) ? null : { BOOL: value };
}

export function toNull(): { NULL: null } {
  return { NULL: null };
}

export function toList(list: unknown): { L: AttributeValue[] } | null {
  return Array.isArray(list) ? { L: list.map(convertListElement) } : null;
}

export function toMap(value: unknown): { M: Record<string, AttributeValue> } | null {
  return isPlainObject(value) ? { M: convertMap(value) } : null;
}

/** Like toMap, but answers the inner map without the `M` wrapper. */
export function toMapValues(value: unknown): Record<string, AttributeValue> | null {
  return isPlainObject(value) ? convertMap(value) : null;
}

/** `{"S": "{\"s3\":{\"key\":…,\"bucket\":…,\"region\":…[,\"version\":…]}}"}` — key order as AWS emits it. */
export function toS3Object(key: unknown, bucket: unknown, region: unknown, version?: unknown): { S: string } | null {
  if (isAbsent(key) || isAbsent(bucket) || isAbsent(region)) return null;
  const s3: S3Object = { key, bucket, region };
  if (!isAbsent(version)) s3.version = version;
  return { S: JSON.stringify({ s3 }) };
}

function parseJson(text: string): unknown {
  try {
    return nativeJsonParse(text); // the realm's JSON.parse answers "" instead of throwing
  } catch {
    return undefined;
  }
}

/** Reads back what toS3Object wrote: `{key, bucket, region, version?}`. */
export function fromS3ObjectJson(input: unknown): S3Object | null {
  const text = isPlainObject(input) ? input.S : input;
  if (typeof text !== 'string') return null;
  const parsed = parseJson(text);
  if (!isPlainObject(parsed) || !isPlainObject(parsed.s3)) return null;
  const { key, bucket, region, version } = parsed.s3;
  const out: S3Object = { key, bucket, region };
  if (!isAbsent(version)) out.version = version;
  return out;
}

export const dynamodb = {
  toDynamoDB,
  toString,
  toStringSet,
  toNumber,
  toNumberSet,
  toBinary,
  toBinarySet,
  toBoolean,
  toNull,
  toList,
  toMap,
  toMapValues,
  toS3Object,
  fromS3ObjectJson,
};
