// Value equality as DynamoDB means it: 1 equals 1.0, sets ignore order. Used to match batch
// results to request keys and for AppSync's "the stored item already is the intended result" check.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { AttributeMap } from './typed-values.ts';

/** "0012.50" → "125e-1", "-0" → "0": one spelling per number. */
export function canonicalNumber(n: string): string {
  const m = /^\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/.exec(n);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return n.trim();
  let digits = `${m[2]}${m[3] ?? ''}`.replace(/^0+/, '');
  let exponent = Number(m[4] ?? 0) - (m[3] ?? '').length;
  if (digits === '') return '0';
  while (digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    exponent++;
  }
  return `${m[1] === '-' ? '-' : ''}${digits}e${exponent}`;
}

const base64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

function canonical(value: AttributeValue): unknown {
  if (value.N !== undefined) return { N: canonicalNumber(value.N) };
  if (value.B !== undefined) return { B: base64(value.B) };
  if (value.SS !== undefined) return { SS: [...value.SS].sort() };
  if (value.NS !== undefined) return { NS: value.NS.map(canonicalNumber).sort() };
  if (value.BS !== undefined) return { BS: value.BS.map(base64).sort() };
  if (value.L !== undefined) return { L: value.L.map(canonical) };
  if (value.M !== undefined) return { M: canonicalMap(value.M) };
  if (value.NULL !== undefined) return { NULL: true };
  return value;
}

function canonicalMap(item: AttributeMap): unknown[] {
  return Object.keys(item)
    .sort()
    .map((name) => [name, canonical(item[name]!)]);
}

/** A string that is equal for two attribute maps exactly when DynamoDB considers them equal. */
export function canonicalString(item: AttributeMap): string {
  return JSON.stringify(canonicalMap(item));
}

/** The attributes of `item` named in `names`, e.g. an item's primary key. */
export function pick(item: AttributeMap, names: readonly string[]): AttributeMap {
  const out: AttributeMap = {};
  for (const name of names) if (item[name] !== undefined) out[name] = item[name]!;
  return out;
}

/** Equal after dropping the `ignore`d attributes from both sides. */
export function itemsEqualIgnoring(a: AttributeMap, b: AttributeMap, ignore: readonly string[] = []): boolean {
  const keep = (item: AttributeMap) =>
    pick(
      item,
      Object.keys(item).filter((name) => !ignore.includes(name)),
    );
  return canonicalString(keep(a)) === canonicalString(keep(b));
}
