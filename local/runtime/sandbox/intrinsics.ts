// Originals of the built-ins that lockdown.ts patches for resolver code. Sandbox code that needs
// the ECMAScript behaviour (a throwing JSON.parse, a plain sort) uses these.
export const nativeJsonParse = JSON.parse;
export const nativeJsonStringify = JSON.stringify;
export const nativeSort = Array.prototype.sort;
type Replace = (this: string, pattern: unknown, replacement: unknown) => string;
export const nativeReplace = String.prototype.replace as Replace;
export const nativeReplaceAll = String.prototype.replaceAll as Replace;
