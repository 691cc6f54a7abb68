// Tokenizer for java.time.format.DateTimeFormatter patterns (DateTimeFormatterBuilder.appendPattern):
// letter runs are fields, 'quoted' text and non-letters are literals, [ ] mark optional sections.

export type PatternToken =
  | { kind: 'literal'; text: string }
  | { kind: 'field'; letter: string; count: number; padWidth: number }
  | { kind: 'optional'; tokens: PatternToken[] };

/** Highest repeat count java accepts for each pattern letter (others are unknown letters). */
const MAX_COUNT: Record<string, number> = {
  G: 5,
  u: 19,
  y: 19,
  Y: 19,
  Q: 5,
  q: 5,
  M: 5,
  L: 5,
  w: 2,
  W: 1,
  d: 2,
  D: 3,
  F: 1,
  E: 5,
  e: 5,
  c: 5,
  a: 1,
  h: 2,
  K: 2,
  k: 2,
  H: 2,
  m: 2,
  s: 2,
  S: 9,
  A: 19,
  n: 19,
  N: 19,
  V: 2,
  z: 4,
  O: 4,
  X: 5,
  x: 5,
  Z: 5,
};

const cache = new Map<string, PatternToken[]>();

function isLetter(ch: string): boolean {
  return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
}

function checkCount(letter: string, count: number): void {
  const max = MAX_COUNT[letter];
  if (max === undefined) throw new Error(`Unknown pattern letter: ${letter}`);
  const invalid =
    count > max ||
    (letter === 'V' && count !== 2) ||
    (letter === 'O' && count !== 1 && count !== 4) ||
    (letter === 'c' && count === 2);
  if (invalid) throw new Error(`Invalid pattern: ${count} x '${letter}'`);
}

function runLength(pattern: string, start: number): number {
  let end = start;
  while (end < pattern.length && pattern[end] === pattern[start]) end += 1;
  return end - start;
}

/** Reads a quoted literal starting at the opening quote; returns the text and the index after it. */
function readQuoted(pattern: string, start: number): [string, number] {
  let text = '';
  let i = start + 1;
  for (;;) {
    if (i >= pattern.length) throw new Error(`Pattern ends with an incomplete string literal: ${pattern}`);
    if (pattern[i] === "'") {
      if (pattern[i + 1] !== "'") return [text, i + 1];
      i += 1; // '' inside quotes is one quote
    }
    text += pattern[i];
    i += 1;
  }
}

/** Reads `p…` pad modifiers plus the field they apply to. */
function readField(pattern: string, start: number): [PatternToken, number] {
  let i = start;
  let padWidth = 0;
  if (pattern[i] === 'p') {
    padWidth = runLength(pattern, i);
    i += padWidth;
    if (i >= pattern.length || !isLetter(pattern[i]!))
      throw new Error(`Pad letter 'p' must be followed by a field: ${pattern}`);
  }
  const letter = pattern[i]!;
  const count = runLength(pattern, i);
  checkCount(letter, count);
  return [{ kind: 'field', letter, count, padWidth }, i + count];
}

export function tokenizePattern(pattern: string): PatternToken[] {
  const cached = cache.get(pattern);
  if (cached) return cached;
  const root: PatternToken[] = [];
  const stack: PatternToken[][] = [root];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    const current = stack[stack.length - 1]!;
    if (isLetter(ch)) {
      const [token, next] = readField(pattern, i);
      current.push(token);
      i = next;
    } else if (ch === "'") {
      const [text, next] = readQuoted(pattern, i);
      current.push({ kind: 'literal', text: text === '' ? "'" : text });
      i = next;
    } else if (ch === '[') {
      const section: PatternToken[] = [];
      current.push({ kind: 'optional', tokens: section });
      stack.push(section);
      i += 1;
    } else if (ch === ']') {
      if (stack.length === 1) throw new Error(`Pattern invalid as it contains ] without previous [: ${pattern}`);
      stack.pop();
      i += 1;
    } else if (ch === '{' || ch === '}' || ch === '#') {
      throw new Error(`Pattern includes reserved character: '${ch}'`);
    } else {
      current.push({ kind: 'literal', text: ch });
      i += 1;
    }
  }
  if (cache.size > 100) cache.clear();
  cache.set(pattern, root);
  return root;
}
