// The runtime's unimplemented built-in methods (@aws-appsync/eslint-plugin no-disallowed-methods).
// Without type information we match static calls on the constructor exactly, and instance calls by
// method names that belong to no allowed built-in. String.raw is allowed: the runtime docs list it.
import type { Report } from './report.ts';
import type { AnyNode } from './ast.ts';

const DENIED_STATIC: Record<string, readonly string[]> = {
  Array: ['from', 'of'],
  Object: [
    'create',
    'defineProperties',
    'defineProperty',
    'freeze',
    'getOwnPropertyDescriptor',
    'getOwnPropertyDescriptors',
    'getOwnPropertyNames',
    'getOwnPropertySymbols',
    'getPrototypeOf',
    'hasOwnProperty',
    'is',
    'isExtensible',
    'isFrozen',
    'isPrototypeOf',
    'isSealed',
    'preventExtensions',
    'propertyIsEnumerable',
    'seal',
    'setPrototypeOf',
    'toLocaleString',
    'toString',
    'valueOf',
  ],
  String: ['fromCharCode', 'fromCodePoint'],
};

const DENIED_INSTANCE: Record<string, string> = {
  copyWithin: 'Array',
  group: 'Array',
  groupToMap: 'Array',
  charCodeAt: 'String',
  localeCompare: 'String',
  matchAll: 'String',
  padEnd: 'String',
  padStart: 'String',
  repeat: 'String',
  toLocaleLowerCase: 'String',
  toLocaleUpperCase: 'String',
  toGMTString: 'Date',
  toLocaleDateString: 'Date',
  toLocaleTimeString: 'Date',
  toLocaleString: 'Date',
  setDate: 'Date',
  setFullYear: 'Date',
  setHours: 'Date',
  setMilliseconds: 'Date',
  setMinutes: 'Date',
  setMonth: 'Date',
  setSeconds: 'Date',
  setTime: 'Date',
  setUTCDate: 'Date',
  setUTCFullYear: 'Date',
  setUTCHours: 'Date',
  setUTCMilliseconds: 'Date',
  setUTCMinutes: 'Date',
  setUTCMonth: 'Date',
  setUTCSeconds: 'Date',
  setYear: 'Date',
  apply: 'Function',
  bind: 'Function',
  call: 'Function',
};

function propertyName(member: AnyNode): string | undefined {
  if (!member.computed && member.property.type === 'Identifier') return member.property.name;
  if (member.computed && member.property.type === 'Literal' && typeof member.property.value === 'string') {
    return member.property.value;
  }
  return undefined;
}

export function checkDeniedMethods(node: AnyNode, report: Report): void {
  if (node.type !== 'MemberExpression') return;
  const name = propertyName(node);
  if (name === undefined) return;
  const owner = node.object.type === 'Identifier' ? (node.object.name as string) : undefined;
  const staticDenied = owner ? DENIED_STATIC[owner] : undefined;
  if (staticDenied) {
    if (staticDenied.includes(name)) report(node, `Method ${owner}.${name} is not implemented`);
    return;
  }
  const instanceOwner = Object.hasOwn(DENIED_INSTANCE, name) ? DENIED_INSTANCE[name] : undefined;
  if (instanceOwner) report(node, `Method ${instanceOwner}.${name} is not implemented`);
}
