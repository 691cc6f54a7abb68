// DynamoDB typed values in three shapes: AppSync's request JSON ({"N": 12}, {"B": "<base64>"},
// {"NULL": null}), the SDK's AttributeValue (N as string, B as bytes) and plain JSON results.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { describe, isRecord, RequestError } from './request-error.ts';

export type AttributeMap = Record<string, AttributeValue>;

const TYPES = ['S', 'N', 'B', 'BOOL', 'NULL', 'L', 'M', 'SS', 'NS', 'BS'] as const;

function numberString(value: unknown, path: string): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string') return value;
  throw new RequestError(`Expected a number or numeric string at '${path}', got ${describe(value)}.`);
}

function bytes(value: unknown, path: string): Uint8Array {
  if (typeof value !== 'string')
    throw new RequestError(`Expected a base64 string at '${path}', got ${describe(value)}.`);
  return new Uint8Array(Buffer.from(value, 'base64'));
}

function list<T>(value: unknown, path: string, each: (v: unknown, p: string) => T): T[] {
  if (!Array.isArray(value)) throw new RequestError(`Expected an array at '${path}', got ${describe(value)}.`);
  return value.map((v, i) => each(v, `${path}[${i}]`));
}

function string(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new RequestError(`Expected a string at '${path}', got ${describe(value)}.`);
  return value;
}

/** AppSync typed JSON → SDK AttributeValue. */
export function toAttributeValue(value: unknown, path: string): AttributeValue {
  const keys = isRecord(value) ? Object.keys(value) : [];
  const type = keys[0] as (typeof TYPES)[number];
  if (!isRecord(value) || keys.length !== 1 || !TYPES.includes(type)) {
    throw new RequestError(
      `Expected a DynamoDB typed value such as {"S": "text"} or {"N": 1} at '${path}', ` +
        `got ${isRecord(value) ? JSON.stringify(value) : describe(value)}.`,
    );
  }
  const v = value[type];
  const at = `${path}.${type}`;
  switch (type) {
    case 'S':
      return { S: string(v, at) };
    case 'N':
      return { N: numberString(v, at) };
    case 'B':
      return { B: bytes(v, at) };
    case 'BOOL':
      if (typeof v !== 'boolean') throw new RequestError(`Expected a boolean at '${at}', got ${describe(v)}.`);
      return { BOOL: v };
    // AppSync accepts {"NULL": null}; DynamoDB itself rejects {"NULL": false}, so pass booleans on.
    case 'NULL':
      return { NULL: typeof v === 'boolean' ? v : true };
    case 'L':
      return { L: list(v, at, toAttributeValue) };
    case 'M':
      return { M: toAttributeMap(v, at) };
    case 'SS':
      return { SS: list(v, at, string) };
    case 'NS':
      return { NS: list(v, at, numberString) };
    case 'BS':
      return { BS: list(v, at, bytes) };
  }
}

export function toAttributeMap(value: unknown, path: string): AttributeMap {
  if (!isRecord(value)) throw new RequestError(`Expected a map of typed values at '${path}', got ${describe(value)}.`);
  const out: AttributeMap = {};
  for (const [name, v] of Object.entries(value)) out[name] = toAttributeValue(v, `${path}.${name}`);
  return out;
}

const base64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

/** SDK AttributeValue → the plain JSON AppSync hands to response handlers (B as base64). */
export function toPlain(value: AttributeValue): unknown {
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return Number(value.N);
  if (value.B !== undefined) return base64(value.B);
  if (value.BOOL !== undefined) return value.BOOL;
  if (value.NULL !== undefined) return null;
  if (value.L !== undefined) return value.L.map(toPlain);
  if (value.M !== undefined) return toPlainItem(value.M);
  if (value.SS !== undefined) return [...value.SS];
  if (value.NS !== undefined) return value.NS.map(Number);
  if (value.BS !== undefined) return value.BS.map(base64);
  throw new Error(`Unknown DynamoDB attribute value ${JSON.stringify(Object.keys(value))}`);
}

export function toPlainItem(item: AttributeMap): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(item)) out[name] = toPlain(v);
  return out;
}

export function toPlainOrNull(item: AttributeMap | undefined): Record<string, unknown> | null {
  return item ? toPlainItem(item) : null;
}

/** SDK AttributeValue → AppSync typed JSON (N as string, B as base64); inverse of toAttributeValue. */
export function toTypedJson(value: AttributeValue): unknown {
  if (value.B !== undefined) return { B: base64(value.B) };
  if (value.BS !== undefined) return { BS: value.BS.map(base64) };
  if (value.L !== undefined) return { L: value.L.map(toTypedJson) };
  if (value.M !== undefined) return { M: toTypedJsonMap(value.M) };
  return value;
}

export function toTypedJsonMap(item: AttributeMap): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(item)) out[name] = toTypedJson(v);
  return out;
}
