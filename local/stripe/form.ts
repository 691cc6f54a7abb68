// Stripe's request encoding, decoded: application/x-www-form-urlencoded with bracketed keys
// (`line_items[0][price_data][currency]=eur`, `expand[]=payment_intent`, `metadata[orderId]=o1`), as
// stripe-node writes it (src/utils.ts stringifyRequestData). An object whose keys are all indexes is
// read as a list where a list is expected (asList), and stays a hash elsewhere (`metadata[0]=x`).
// Written here rather than importing `qs`, which is only a transitive dependency here.
export type FormValue = string | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

export type Decoded = { ok: true; params: FormObject } | { ok: false; message: string };

const MAX_DEPTH = 10;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const INDEX = /^(0|[1-9][0-9]{0,5})$/;

/** `a[b][0][]` → ['a', 'b', '0', ''] (undefined when the brackets do not close). */
function splitKey(key: string): string[] | undefined {
  const open = key.indexOf('[');
  if (open <= 0) return open === 0 ? undefined : [key];
  const parts = [key.slice(0, open)];
  let rest = key.slice(open);
  while (rest.length > 0) {
    const close = rest.indexOf(']');
    if (!rest.startsWith('[') || close < 0) return undefined;
    parts.push(rest.slice(1, close));
    rest = rest.slice(close + 1);
  }
  return parts;
}

type Tree = Map<string, Tree | string>;

function insert(tree: Tree, parts: string[], value: string): string | undefined {
  let node = tree;
  for (let i = 0; i < parts.length; i++) {
    let part = parts[i] as string;
    if (FORBIDDEN.has(part)) return `Invalid parameter name: ${parts.join('.')}`;
    if (part === '') part = String(node.size); // `a[]=x` appends
    const last = i === parts.length - 1;
    const existing = node.get(part);
    if (last) {
      if (existing instanceof Map) return `Invalid value for ${parts[0]}: expected an object, got a string`;
      node.set(part, value);
      return undefined;
    }
    if (typeof existing === 'string') return `Invalid value for ${parts[0]}: expected a string, got an object`;
    const child: Tree = existing ?? new Map();
    node.set(part, child);
    node = child;
  }
  return undefined;
}

function toValue(tree: Tree): FormValue {
  const out: FormObject = {};
  for (const [k, v] of tree) out[k] = typeof v === 'string' ? v : toValue(v);
  return out;
}

/** A list parameter's entries in index order: `a[0]`, `a[1]`, … (or `a[]`, …); undefined if not a list. */
export function asList(value: FormValue | undefined): FormValue[] | undefined {
  if (value === undefined || typeof value === 'string') return undefined;
  const keys = Object.keys(value);
  if (!keys.every((k) => INDEX.test(k))) return undefined;
  return keys
    .map(Number)
    .sort((a, b) => a - b)
    .map((k) => value[String(k)] as FormValue);
}

/** Decodes one or more form strings (a query string, then a body: later ones win). */
export function decodeForm(...sources: string[]): Decoded {
  const tree: Tree = new Map();
  for (const source of sources) {
    for (const [key, value] of new URLSearchParams(source)) {
      const parts = splitKey(key);
      if (!parts || parts.length > MAX_DEPTH) return { ok: false, message: `Invalid parameter name: ${key}` };
      const problem = insert(tree, parts, value);
      if (problem) return { ok: false, message: problem };
    }
  }
  const params: FormObject = {};
  for (const [k, v] of tree) params[k] = typeof v === 'string' ? v : toValue(v);
  return { ok: true, params };
}
