// Reads an operation's decoded parameters the way Stripe validates them: the first problem becomes
// the answer (Stripe reports one at a time), named by its full bracketed path
// (`line_items[0][price_data][unit_amount]`). Readers return undefined after a problem.
import { invalidRequest, missingParam, unknownParam } from './errors.ts';
import { asList, type FormObject, type FormValue } from './form.ts';
import type { Answer } from './operation.ts';
import type { Metadata } from './objects.ts';

interface Problems {
  first: Answer | undefined;
}

/** docs.stripe.com/metadata: 50 keys, keys up to 40 characters without brackets, values up to 500. */
const METADATA_KEYS = 50;
const METADATA_KEY_LENGTH = 40;
const METADATA_VALUE_LENGTH = 500;
const INTEGER = /^-?[0-9]+$/;

export class ParamReader {
  private readonly problems: Problems;

  constructor(
    private readonly params: FormObject,
    private readonly prefix = '',
    problems?: Problems,
  ) {
    this.problems = problems ?? { first: undefined };
  }

  get error(): Answer | undefined {
    return this.problems.first;
  }

  name(key: string): string {
    return this.prefix ? `${this.prefix}[${key}]` : key;
  }

  fail(answer: Answer): undefined {
    this.problems.first ??= answer;
    return undefined;
  }

  /** Refuses any parameter outside `allowed` (Stripe's parameter_unknown). */
  only(allowed: readonly string[]): void {
    for (const key of Object.keys(this.params)) {
      if (!allowed.includes(key)) this.fail(unknownParam(this.name(key)));
    }
  }

  has(key: string): boolean {
    const value = this.params[key];
    return value !== undefined && value !== '';
  }

  kind(key: string): 'string' | 'list' | 'object' | undefined {
    const value = this.params[key];
    if (value === undefined) return undefined;
    if (typeof value === 'string') return 'string';
    return asList(value) ? 'list' : 'object';
  }

  string(key: string, options: { required?: boolean; max?: number } = {}): string | undefined {
    const value = this.params[key];
    if (value === undefined || value === '') {
      return options.required ? this.fail(missingParam(this.name(key))) : undefined;
    }
    if (typeof value !== 'string')
      return this.fail(invalidRequest(`Invalid string: ${this.name(key)}`, this.name(key)));
    if (options.max !== undefined && value.length > options.max) {
      const message = `Invalid string: ${value.slice(0, 20)}...; must be at most ${options.max} characters`;
      return this.fail(invalidRequest(message, this.name(key), 'string_length_exceeds_maximum'));
    }
    return value;
  }

  integer(key: string, options: { required?: boolean; min?: number; max?: number } = {}): number | undefined {
    const text = this.string(key, options.required ? { required: true } : {});
    if (text === undefined) return undefined;
    const param = this.name(key);
    if (!INTEGER.test(text) || !Number.isSafeInteger(Number(text))) {
      return this.fail(invalidRequest(`Invalid integer: ${text}`, param, 'parameter_invalid_integer'));
    }
    const value = Number(text);
    if (options.min !== undefined && value < options.min) {
      const message = `This value must be greater than or equal to ${options.min}.`;
      return this.fail(invalidRequest(message, param, 'parameter_invalid_integer'));
    }
    if (options.max !== undefined && value > options.max) {
      return this.fail(invalidRequest(`This value must be less than or equal to ${options.max}.`, param));
    }
    return value;
  }

  oneOf<T extends string>(key: string, values: readonly T[], options: { required?: boolean } = {}): T | undefined {
    const value = this.string(key, options);
    if (value === undefined) return undefined;
    if ((values as readonly string[]).includes(value)) return value as T;
    const list = `${values.slice(0, -1).join(', ')}, or ${values.at(-1)}`;
    return this.fail(invalidRequest(`Invalid ${this.name(key)}: must be one of ${list}`, this.name(key)));
  }

  /** An absolute http(s) URL (Stripe: "Not a valid URL", code url_invalid). */
  url(key: string, options: { required?: boolean } = {}): string | undefined {
    const value = this.string(key, { ...options, max: 5000 });
    if (value === undefined) return undefined;
    let protocol = '';
    try {
      protocol = new URL(value).protocol;
    } catch {
      protocol = '';
    }
    if (protocol === 'http:' || protocol === 'https:') return value;
    return this.fail(invalidRequest('Not a valid URL', this.name(key), 'url_invalid'));
  }

  object(key: string, options: { required?: boolean } = {}): ParamReader | undefined {
    const value = this.params[key];
    if (value === undefined || value === '') {
      return options.required ? this.fail(missingParam(this.name(key))) : undefined;
    }
    if (typeof value !== 'object') return this.fail(invalidRequest(`Invalid object`, this.name(key)));
    return new ParamReader(value, this.name(key), this.problems);
  }

  /** An indexed list (`a[0][b]=…`): one reader per entry. */
  list(key: string, options: { required?: boolean } = {}): ParamReader[] | undefined {
    const value = this.params[key];
    if (value === undefined || value === '') {
      return options.required ? this.fail(missingParam(this.name(key))) : undefined;
    }
    const entries = asList(value);
    if (!entries) return this.fail(invalidRequest(`Invalid array`, this.name(key)));
    const readers: ParamReader[] = [];
    entries.forEach((entry: FormValue, i) => {
      if (typeof entry !== 'object') {
        this.fail(invalidRequest(`Invalid object`, `${this.name(key)}[${i}]`));
      } else readers.push(new ParamReader(entry, `${this.name(key)}[${i}]`, this.problems));
    });
    return readers;
  }

  /** A list of strings (`expand[0]=a` or `expand[]=a`); a single string counts as one. */
  strings(key: string): string[] {
    const value = this.params[key];
    if (value === undefined || value === '') return [];
    if (typeof value === 'string') return [value];
    const entries = asList(value);
    if (entries?.every((v) => typeof v === 'string')) return entries as string[];
    this.fail(invalidRequest(`Invalid array`, this.name(key)));
    return [];
  }

  metadata(key: string): Metadata | undefined {
    const value = this.params[key];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'object') return this.fail(invalidRequest('Invalid hash', this.name(key)));
    const entries = Object.entries(value);
    if (entries.length > METADATA_KEYS) {
      return this.fail(invalidRequest(`Metadata can have up to ${METADATA_KEYS} keys`, this.name(key)));
    }
    const out: Metadata = {};
    for (const [k, v] of entries) {
      const param = this.name(key);
      if (k.length > METADATA_KEY_LENGTH) {
        return this.fail(invalidRequest(`Metadata keys can have up to ${METADATA_KEY_LENGTH} characters`, param));
      }
      if (typeof v !== 'string' || v.length > METADATA_VALUE_LENGTH) {
        const message = `Metadata values can have up to ${METADATA_VALUE_LENGTH} characters, and must be strings`;
        return this.fail(invalidRequest(message, param));
      }
      if (v !== '') out[k] = v;
    }
    return out;
  }
}
