// Input checks for the contract's limits. Each check adds a problem that names the field; one
// ValidationError then reports them all, so nothing is written for malformed input.
import { util } from '@aws-appsync/utils';

export interface Problem {
  field: string;
  message: string;
}

export type Problems = Problem[];

export function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Math.floor(value) === value && Number.isFinite(value);
}

// Unicode's control characters (C0, DEL, C1) as Java regex classes, for util.matches: never in a name;
// text of several lines (descriptions, notes) may hold tab, line feed and carriage return.
const NO_CONTROLS = '[^\\x00-\\x1F\\x7F-\\x9F]*';
const NO_CONTROLS_BUT_LINES = '[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]*';

/** True when `text` holds no control character (`lines`: except tab, line feed and carriage return). */
export function isPlainText(text: string, lines?: boolean): boolean {
  return util.matches(lines === true ? NO_CONTROLS_BUT_LINES : NO_CONTROLS, text);
}

/**
 * Trimmed text of `min`–`max` characters without control characters (`lines`: tabs and line breaks
 * allowed, for descriptions and notes); returns the trimmed value.
 */
export function checkText(
  problems: Problems,
  field: string,
  value: unknown,
  min: number,
  max: number,
  lines?: boolean,
): string {
  if (typeof value !== 'string') {
    problems.push({ field, message: `${field} must be a string of ${min}–${max} characters` });
    return '';
  }
  const text = value.trim();
  if (text.length < min || text.length > max) {
    problems.push({ field, message: `${field} must be ${min}–${max} characters (got ${text.length})` });
  } else if (!isPlainText(text, lines)) {
    const what = lines === true ? 'control characters other than tabs and line breaks' : 'control characters';
    problems.push({ field, message: `${field} must not contain ${what}` });
  }
  return text;
}

/** Optional text: null/undefined stays null, otherwise as checkText with 0–`max` characters. */
export function checkOptionalText(
  problems: Problems,
  field: string,
  value: unknown,
  max: number,
  lines?: boolean,
): string | null {
  if (value === null || value === undefined) return null;
  return checkText(problems, field, value, 0, max, lines);
}

/** `value` must match the whole Java regular expression `pattern` (AppSync's util.matches). */
export function checkPattern(
  problems: Problems,
  field: string,
  value: unknown,
  pattern: string,
  shape: string,
): string {
  if (typeof value !== 'string' || !util.matches(pattern, value)) {
    problems.push({ field, message: `${field} must match ${shape}` });
    return typeof value === 'string' ? value : '';
  }
  return value;
}

export function checkInt(problems: Problems, field: string, value: unknown, min: number, max: number): number {
  if (!isInteger(value) || value < min || value > max) {
    problems.push({ field, message: `${field} must be an integer from ${min} to ${max}` });
    return 0;
  }
  return value;
}

/** Page size: 1–100, 20 when omitted. */
export function checkLimit(problems: Problems, value: unknown): number {
  if (value === null || value === undefined) return 20;
  return checkInt(problems, 'limit', value, 1, 100);
}

export function raiseIfInvalid(problems: Problems): void {
  if (problems.length === 0) return;
  const fields = problems.map((p) => p.field);
  util.error(problems.map((p) => p.message).join('; '), 'ValidationError', null, { fields });
}
