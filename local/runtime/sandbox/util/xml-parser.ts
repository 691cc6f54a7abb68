// A small non-validating XML parser (the realm has no DOMParser): elements, attributes, text,
// CDATA, comments, processing instructions, the XML declaration, DOCTYPE (skipped) and entities.

export interface XmlElement {
  name: string;
  attributes: Array<[string, string]>;
  children: XmlNode[];
}
/** Text nodes remember whether they came from CDATA (kept verbatim) or character data (trimmed). */
export type XmlNode = XmlElement | { text: string; cdata: boolean };

interface Cursor {
  xml: string;
  pos: number;
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NAME = /^[A-Za-z_:\u00C0-\uFFFF][-A-Za-z0-9_:.\u00B7\u00C0-\uFFFF]*/;

function fail(c: Cursor, message: string): never {
  throw new Error(`Invalid XML at position ${c.pos}: ${message}`);
}

/** Replaces entity and character references; unknown entities stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g, (whole: string, ref: string) => {
    if (!ref.startsWith('#')) return NAMED_ENTITIES[ref] ?? whole;
    const cp = ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
  });
}

function skipPast(c: Cursor, terminator: string): string {
  const end = c.xml.indexOf(terminator, c.pos);
  if (end < 0) fail(c, `missing '${terminator}'`);
  const body = c.xml.slice(c.pos, end);
  c.pos = end + terminator.length;
  return body;
}

/** `<!DOCTYPE …>` including an internal subset in brackets. */
function skipDoctype(c: Cursor): void {
  let depth = 0;
  while (c.pos < c.xml.length) {
    const ch = c.xml[c.pos++];
    if (ch === '[') depth += 1;
    else if (ch === ']') depth -= 1;
    else if (ch === '>' && depth === 0) return;
  }
  fail(c, 'unterminated DOCTYPE');
}

function skipSpace(c: Cursor): void {
  while (c.pos < c.xml.length && /^\s$/.test(c.xml[c.pos]!)) c.pos += 1;
}

function readName(c: Cursor): string {
  const m = NAME.exec(c.xml.slice(c.pos, c.pos + 512));
  if (!m) fail(c, 'expected a name');
  c.pos += m[0].length;
  return m[0];
}

function readAttributes(c: Cursor): Array<[string, string]> {
  const attributes: Array<[string, string]> = [];
  for (;;) {
    skipSpace(c);
    const ch = c.xml[c.pos];
    if (ch === '>' || ch === '/' || ch === undefined) return attributes;
    const name = readName(c);
    skipSpace(c);
    if (c.xml[c.pos] !== '=') fail(c, `attribute '${name}' has no value`);
    c.pos += 1;
    skipSpace(c);
    const quote = c.xml[c.pos];
    if (quote !== '"' && quote !== "'") fail(c, `attribute '${name}' value is not quoted`);
    c.pos += 1;
    attributes.push([name, decodeEntities(skipPast(c, quote))]);
  }
}

/** Skips markup that is not an element or text; returns true when something was skipped. */
function skipMisc(c: Cursor): boolean {
  if (c.xml.startsWith('<!--', c.pos)) {
    c.pos += 4;
    skipPast(c, '-->');
  } else if (c.xml.startsWith('<?', c.pos)) {
    c.pos += 2;
    skipPast(c, '?>');
  } else if (c.xml.startsWith('<!DOCTYPE', c.pos)) {
    skipDoctype(c);
  } else {
    return false;
  }
  return true;
}

function readContent(c: Cursor, parent: XmlElement): void {
  for (;;) {
    if (c.pos >= c.xml.length) fail(c, `element <${parent.name}> is not closed`);
    if (c.xml.startsWith('</', c.pos)) {
      c.pos += 2;
      const name = readName(c);
      if (name !== parent.name) fail(c, `mismatched closing tag </${name}> for <${parent.name}>`);
      skipSpace(c);
      if (c.xml[c.pos++] !== '>') fail(c, 'expected >');
      return;
    }
    if (c.xml.startsWith('<![CDATA[', c.pos)) {
      c.pos += 9;
      parent.children.push({ text: skipPast(c, ']]>'), cdata: true });
    } else if (!skipMisc(c)) {
      if (c.xml[c.pos] === '<') parent.children.push(readElement(c));
      else parent.children.push({ text: decodeEntities(readText(c)), cdata: false });
    }
  }
}

function readText(c: Cursor): string {
  const end = c.xml.indexOf('<', c.pos);
  const text = c.xml.slice(c.pos, end < 0 ? c.xml.length : end);
  c.pos = end < 0 ? c.xml.length : end;
  return text;
}

function readElement(c: Cursor): XmlElement {
  c.pos += 1; // '<'
  const element: XmlElement = { name: readName(c), attributes: readAttributes(c), children: [] };
  if (c.xml.startsWith('/>', c.pos)) {
    c.pos += 2;
    return element;
  }
  if (c.xml[c.pos] !== '>') fail(c, 'expected >');
  c.pos += 1;
  readContent(c, element);
  return element;
}

/** Top-level elements of a document (prolog, comments and whitespace around them are skipped). */
export function parseXml(xml: string): XmlElement[] {
  const c: Cursor = { xml: xml.startsWith('\uFEFF') ? xml.slice(1) : xml, pos: 0 };
  const roots: XmlElement[] = [];
  for (;;) {
    skipSpace(c);
    if (c.pos >= c.xml.length) return roots;
    if (skipMisc(c)) continue;
    if (c.xml[c.pos] !== '<') fail(c, 'text outside the root element');
    roots.push(readElement(c));
  }
}
