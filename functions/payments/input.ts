// Reading the resolver's payload: each field checked, every problem named at once, as a value. The
// resolver is trusted but checked, so a bug there is a ValidationError and never a wrong charge.
import type { PaymentError } from '../lib/stripe.ts';

export type Fields = Record<string, unknown>;

/** Collects problems while reading fields; `error` is undefined when all were fine. */
export class Reader {
  private readonly problems: string[] = [];
  constructor(private readonly fields: Fields) {}

  get error(): PaymentError | undefined {
    return this.problems.length === 0 ? undefined : { type: 'ValidationError', message: this.problems.join('; ') };
  }

  problem(message: string): void {
    this.problems.push(message);
  }

  /** A key-safe id (order ids are ULIDs; Stripe ids are letters, digits and _). */
  id(name: string, value: unknown = this.fields[name]): string {
    if (typeof value === 'string' && /^[A-Za-z0-9_-]{1,100}$/.test(value)) return value;
    this.problem(`${name} must be 1–100 letters, digits, _ or -`);
    return '';
  }

  text(name: string, max: number, value: unknown = this.fields[name]): string {
    if (typeof value === 'string' && value.trim().length > 0 && value.length <= max) return value;
    this.problem(`${name} must be a non-empty string of at most ${max} characters`);
    return '';
  }

  optionalText(name: string, max: number): string | undefined {
    const value = this.fields[name];
    return value === undefined || value === null ? undefined : this.text(name, max, value);
  }

  /** An integer in [min, max] (amounts are minor units). */
  int(name: string, min: number, max: number, value: unknown = this.fields[name]): number {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max) return value;
    this.problem(`${name} must be an integer from ${min} to ${max}`);
    return 0;
  }

  /** ISO 4217, returned lower-case as Stripe writes it. */
  currency(name: string): string {
    const value = this.fields[name];
    if (typeof value === 'string' && /^[A-Za-z]{3}$/.test(value)) return value.toLowerCase();
    this.problem(`${name} must be an ISO 4217 code`);
    return '';
  }

  /** An absolute http(s) URL (Stripe refuses anything else as success_url / cancel_url). */
  url(name: string): string {
    const value = this.fields[name];
    if (typeof value === 'string' && value.length <= 2048 && /^https?:\/\/[^\s]+$/.test(value)) return value;
    this.problem(`${name} must be an http(s) URL of at most 2048 characters`);
    return '';
  }

  /** An ISO 8601 date-time, as Unix seconds (Stripe's timestamps). */
  unixSeconds(name: string): number {
    const value = this.fields[name];
    const ms = typeof value === 'string' ? Date.parse(value) : NaN;
    if (Number.isFinite(ms)) return Math.floor(ms / 1000);
    this.problem(`${name} must be an ISO 8601 date-time`);
    return 0;
  }

  list(name: string, min: number, max: number): Fields[] {
    const value = this.fields[name];
    const ok = Array.isArray(value) && value.length >= min && value.length <= max;
    if (ok && value.every((v) => v !== null && typeof v === 'object')) return value as Fields[];
    this.problem(`${name} must be a list of ${min} to ${max} objects`);
    return [];
  }
}
