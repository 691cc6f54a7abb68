// Maps a position in a bundle back to its TypeScript source through the bundle's source map: the
// `<bundle>.js.map` file esbuild writes beside it, or an inline `//# sourceMappingURL=data:...` comment
// (which the build refuses in deployed code). Just enough of the Source Map v3 format to answer "which
// source line is this": VLQ segments, no names.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Position } from './findings.ts';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const INLINE_MAP = /\/\/# sourceMappingURL=data:application\/json;(?:charset=utf-8;)?base64,([A-Za-z0-9+/=]+)\s*$/;

interface Segment {
  generatedColumn: number;
  source: number;
  line: number;
  column: number;
}

export interface SourceMap {
  /** absolute source paths */
  sources: string[];
  /** per generated line (0-based), segments sorted by generated column */
  lines: Segment[][];
}

function decodeVlq(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of text) {
    const digit = BASE64.indexOf(ch);
    if (digit < 0) throw new Error(`invalid base64 VLQ character '${ch}'`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** The length of the inline source map comment at the end of `code` (0 when there is none). */
export function inlineSourceMapLength(code: string): number {
  const match = INLINE_MAP.exec(code);
  return match ? code.length - match.index : 0;
}

interface RawSourceMap {
  sources: string[];
  sourceRoot?: string;
  mappings: string;
}

/** Parses the bundle's inline source map; undefined when there is none. */
export function readInlineSourceMap(code: string, bundleFile: string): SourceMap | undefined {
  const match = INLINE_MAP.exec(code);
  if (!match) return undefined;
  return parseSourceMap(JSON.parse(Buffer.from(match[1]!, 'base64').toString('utf8')) as RawSourceMap, bundleFile);
}

/** Parses `<bundle>.map` (esbuild's external source map); undefined when there is none. */
export function readSourceMapFile(bundleFile: string): SourceMap | undefined {
  const file = `${bundleFile}.map`;
  if (!existsSync(file)) return undefined;
  return parseSourceMap(JSON.parse(readFileSync(file, 'utf8')) as RawSourceMap, bundleFile);
}

function parseSourceMap(raw: RawSourceMap, bundleFile: string): SourceMap {
  const base = path.resolve(path.dirname(bundleFile), raw.sourceRoot ?? '');
  const sources = raw.sources.map((s) => path.resolve(base, s));
  const lines: Segment[][] = [];
  let source = 0;
  let line = 0;
  let column = 0;
  for (const group of raw.mappings.split(';')) {
    const segments: Segment[] = [];
    let generatedColumn = 0;
    for (const part of group.split(',')) {
      if (!part) continue;
      const v = decodeVlq(part);
      generatedColumn += v[0]!;
      if (v.length < 4) continue;
      source += v[1]!;
      line += v[2]!;
      column += v[3]!;
      segments.push({ generatedColumn, source, line, column });
    }
    lines.push(segments);
  }
  return { sources, lines };
}

/** The source position for a 1-based bundle line and column, or undefined when unmapped. */
export function originalPosition(map: SourceMap, line: number, column: number): Position | undefined {
  const segments = map.lines[line - 1];
  if (!segments || segments.length === 0) return undefined;
  let best: Segment | undefined;
  for (const s of segments) {
    if (s.generatedColumn <= column - 1) best = s;
    else break;
  }
  best ??= segments[0]!;
  const file = map.sources[best.source];
  return file ? { file, line: best.line + 1, column: best.column + 1 } : undefined;
}
