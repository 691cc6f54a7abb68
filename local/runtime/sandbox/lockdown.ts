// Makes the realm behave like APPSYNC_JS and keeps one evaluation from leaking into the next:
// the documented quirks are patched in, then every intrinsic is frozen, so resolver code can change
// neither built-ins nor prototypes (module-level variables are fresh per evaluation anyway).
import { nativeJsonParse, nativeReplace, nativeReplaceAll, nativeSort } from './intrinsics.ts';
import { javaPatternToRegExp, javaReplacementToJs } from './util/java-regex.ts';

function patchQuirks(): void {
  // JSON.parse answers "" for text that is not JSON, instead of throwing.
  JSON.parse = function parse(
    text: string,
    reviver?: (this: unknown, key: string, value: unknown) => unknown,
  ): unknown {
    try {
      return nativeJsonParse(text, reviver);
    } catch {
      return '';
    }
  };
  // sort takes no comparator in APPSYNC_JS.
  Array.prototype.sort = function sort<T>(this: T[], compare?: unknown): T[] {
    if (compare !== undefined)
      throw new TypeError('Array.prototype.sort does not accept a comparator function in APPSYNC_JS');
    return nativeSort.call(this) as T[];
  };
  // A string pattern is a Java regular expression; RegExp objects do not exist for resolver code.
  String.prototype.replace = function replace(this: string, pattern: unknown, replacement: unknown): string {
    if (typeof pattern !== 'string' || typeof replacement !== 'string')
      return nativeReplace.call(this, pattern, replacement);
    return nativeReplace.call(this, javaPatternToRegExp(pattern, ''), javaReplacementToJs(replacement));
  } as typeof String.prototype.replace;
  String.prototype.replaceAll = function replaceAll(this: string, pattern: unknown, replacement: unknown): string {
    if (typeof pattern !== 'string' || typeof replacement !== 'string')
      return nativeReplaceAll.call(this, pattern, replacement);
    return nativeReplaceAll.call(this, javaPatternToRegExp(pattern, 'g'), javaReplacementToJs(replacement));
  } as typeof String.prototype.replaceAll;
}

// Frozen Object.prototype would make `obj.toString = x` throw (the "override mistake"); these
// common names become accessors that define an own property on the target instead.
const OVERRIDABLE = [
  'toString',
  'valueOf',
  'constructor',
  'toLocaleString',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
];

function tameOverrideMistake(proto: object): void {
  for (const name of OVERRIDABLE) {
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    if (!desc || !('value' in desc)) continue;
    const value = desc.value as unknown;
    Object.defineProperty(proto, name, {
      configurable: false,
      enumerable: false,
      get() {
        return value;
      },
      set(this: object, next: unknown) {
        if (this === proto) throw new TypeError(`Cannot assign to read only property '${name}' of object`);
        Object.defineProperty(this, name, { value: next, writable: true, enumerable: true, configurable: true });
      },
    });
  }
}

function harden(root: unknown, seen: Set<unknown>): void {
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) continue;
    seen.add(value);
    Object.freeze(value);
    stack.push(Object.getPrototypeOf(value));
    for (const key of Reflect.ownKeys(value as object)) {
      const desc = Object.getOwnPropertyDescriptor(value, key);
      if (!desc) continue;
      if ('value' in desc) stack.push(desc.value);
      else stack.push(desc.get, desc.set);
    }
  }
}

/** Intrinsics that are not reachable as named globals but are reachable from resolver code. */
function hiddenIntrinsics(): unknown[] {
  return [
    Object.getPrototypeOf([][Symbol.iterator]()),
    Object.getPrototypeOf(''[Symbol.iterator]()),
    Object.getPrototypeOf(new Map()[Symbol.iterator]()),
    Object.getPrototypeOf(new Set()[Symbol.iterator]()),
    Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())),
    Object.getPrototypeOf(Int8Array),
  ];
}

export function lockdown(globalObject: Record<string, unknown>, extra: unknown[]): void {
  patchQuirks();
  tameOverrideMistake(Object.prototype);
  const seen = new Set<unknown>([globalObject]);
  for (const key of Reflect.ownKeys(globalObject)) {
    const desc = Object.getOwnPropertyDescriptor(globalObject, key);
    if (desc && 'value' in desc) harden(desc.value, seen);
  }
  for (const value of [...hiddenIntrinsics(), ...extra]) harden(value, seen);
}
