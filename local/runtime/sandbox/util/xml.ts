// util.xml.toMap / toJsonString: XML to a plain object the way AWS documents it (the shape of
// org.json's XML.toJSONObject): attributes become keys, repeated elements become arrays, text of an
// element without attributes or children is its value, otherwise it goes under `content`; numeric
// and boolean text is converted ("1" → 1), empty elements become "".
// Docs: https://docs.aws.amazon.com/appsync/latest/devguide/xml-helpers-in-util-xml-js.html

import { parseXml, type XmlElement } from './xml-parser.ts';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** "true"/"false"/"null" (any case) and plain decimal numbers become JSON values; the rest stays text. */
function coerce(text: string): Json {
  const lower = text.toLowerCase();
  if (lower === 'true' || lower === 'false') return lower === 'true';
  if (lower === 'null') return null;
  if (!NUMBER.test(text)) return text;
  const n = Number(text);
  const exactInteger = !/[.eE]/.test(text) && !Number.isSafeInteger(n);
  return Number.isFinite(n) && !exactInteger ? n : text; // keep digits JS cannot hold exactly
}

/** Adds `value` under `key`; a second value turns the entry into an array (JSONObject.accumulate). */
function accumulate(target: { [key: string]: Json }, key: string, value: Json): void {
  if (!Object.hasOwn(target, key)) target[key] = value;
  else {
    const existing = target[key]!;
    target[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
}

function elementValue(element: XmlElement): Json {
  const obj: { [key: string]: Json } = {};
  for (const [name, value] of element.attributes) accumulate(obj, name, coerce(value));
  for (const child of element.children) {
    if ('name' in child) accumulate(obj, child.name, elementValue(child));
    else if (child.cdata) accumulate(obj, 'content', child.text);
    else if (child.text.trim() !== '') accumulate(obj, 'content', coerce(child.text.trim()));
  }
  const keys = Object.keys(obj);
  if (keys.length === 0) return '';
  return keys.length === 1 && keys[0] === 'content' ? obj['content']! : obj;
}

/** Throws on malformed XML; null for null/undefined input. */
export function toMap(xml: string): Record<string, unknown> | null {
  if (xml === null || xml === undefined) return null;
  const result: { [key: string]: Json } = {};
  for (const root of parseXml(String(xml))) accumulate(result, root.name, elementValue(root));
  return result;
}

/** JSON text of toMap; with `stringEncode` the JSON text is itself encoded as a JSON string literal. */
export function toJsonString(xml: string, stringEncode?: boolean): string | null {
  const map = toMap(xml);
  if (map === null) return null;
  const json = JSON.stringify(map);
  return stringEncode === true ? JSON.stringify(json) : json;
}
