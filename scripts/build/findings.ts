// A finding is one problem that fails the build, printed as `file:line:col rule message`.
import path from 'node:path';

export interface Position {
  /** path of the file, absolute */
  file: string;
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
}

export interface Finding extends Position {
  /**
   * what found it: `layout`, `schema`, `data-source`, `exports`, `size`, `esbuild`, `appsync-js`, or an ESLint
   * rule id
   */
  rule: string;
  message: string;
  /** where in the bundle the problem is, when `file` is the TypeScript source it maps back to */
  bundle?: Position;
}

/** A path as people read it: relative to the working directory when inside it. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

export function formatFinding(f: Finding, cwd = process.cwd()): string {
  const at = `${displayPath(f.file, cwd)}:${f.line}:${f.column}`;
  const bundle = f.bundle ? ` (bundle ${displayPath(f.bundle.file, cwd)}:${f.bundle.line}:${f.bundle.column})` : '';
  return `${at} ${f.rule} ${f.message}${bundle}`;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}
