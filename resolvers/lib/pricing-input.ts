// Checks of the admin inputs for shipping methods, tax rates and promotion codes (schema/schema.graphql,
// ShippingMethodInput, TaxRateInput, PromotionCodeInput): every problem names its field, one
// ValidationError reports them all, and what comes back is the value as stored (upper case, trimmed).
import { util } from '@aws-appsync/utils';
import { checkPrice, MAX_PRICE } from './money.ts';
import { checkInt, checkPattern, checkText, isInteger, type Problems } from './validation.ts';

/** ISO 3166-1 alpha-2 as typed: two letters, any case (stored upper case). */
export const COUNTRY_PATTERN = '[A-Za-z]{2}';
/** A promotion code as typed (stored upper case). */
export const CODE_PATTERN = '[A-Za-z0-9_-]{3,32}';
/** The shipping listing is one Query of one small partition (docs/pricing.md). */
export const MAX_SHIPPING_METHODS = 100;
export const MAX_COUNTRIES = 250;
export const MAX_DAYS = 365;
export const MAX_RATE = 10000;
export const MAX_PERCENT = 100;

export function isCountry(value: unknown): value is string {
  return typeof value === 'string' && value.length === 2 && util.matches(COUNTRY_PATTERN, value);
}

export function isCode(value: unknown): boolean {
  return typeof value === 'string' && value.length <= 32 && util.matches(CODE_PATTERN, value);
}

/** Two letters in any case; returns them upper-cased. */
export function checkCountry(problems: Problems, field: string, value: unknown): string {
  if (!isCountry(value)) {
    problems.push({ field, message: `${field} must be an ISO 3166-1 alpha-2 country code (two letters)` });
    return typeof value === 'string' ? value.toUpperCase() : '';
  }
  return value.toUpperCase();
}

/** A region of a country: null when omitted, else trimmed text of 1–100 characters, upper-cased. */
export function checkRegion(problems: Problems, field: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return checkText(problems, field, value, 1, 100).toUpperCase();
}

/** `[A-Za-z0-9_-]{3,32}`; returns it upper-cased, the form codes are stored and matched in. */
export function checkCode(problems: Problems, field: string, value: unknown): string {
  return checkPattern(problems, field, value, CODE_PATTERN, CODE_PATTERN).toUpperCase();
}

/** 1–250 country codes; upper-cased, duplicates dropped, sorted. */
export function checkCountries(problems: Problems, field: string, value: unknown): string[] {
  if (!Array.isArray(value) || value.length < 1 || value.length > MAX_COUNTRIES) {
    problems.push({ field, message: `${field} must list 1–${MAX_COUNTRIES} country codes` });
    return [];
  }
  const countries: string[] = [];
  value.forEach((entry: unknown, index: number) => {
    const country = checkCountry(problems, `${field}[${index}]`, entry);
    if (country.length === 2 && countries.indexOf(country) < 0) countries.push(country);
  });
  countries.sort();
  return countries;
}

/** null/undefined stays null, otherwise as checkInt. */
export function checkOptionalInt(
  problems: Problems,
  field: string,
  value: unknown,
  min: number,
  max: number,
): number | null {
  if (value === null || value === undefined) return null;
  return checkInt(problems, field, value, min, max);
}

function checkOptionalBoolean(problems: Problems, field: string, value: unknown, absent: boolean): boolean {
  if (value === null || value === undefined) return absent;
  if (typeof value !== 'boolean') problems.push({ field, message: `${field} must be true or false` });
  return value === true;
}

export interface CheckedShippingMethod {
  name: string;
  countries: string[];
  price: number;
  freeOver: number | null;
  minDays: number | null;
  maxDays: number | null;
  active: boolean;
}

export function checkShippingMethodInput(problems: Problems, value: unknown, currency: string): CheckedShippingMethod {
  const input = (value ?? {}) as Record<string, unknown>;
  const name = checkText(problems, 'input.name', input.name, 1, 100);
  const countries = checkCountries(problems, 'input.countries', input.countries);
  const price = checkPrice(problems, 'input.price', input.price, currency);
  const freeOver = checkOptionalInt(problems, 'input.freeOver', input.freeOver, 0, MAX_PRICE);
  const before = problems.length;
  const minDays = checkOptionalInt(problems, 'input.minDays', input.minDays, 0, MAX_DAYS);
  const maxDays = checkOptionalInt(problems, 'input.maxDays', input.maxDays, 0, MAX_DAYS);
  // compared only when both are valid days, so one bad value is reported once
  if (problems.length === before && isInteger(minDays) && isInteger(maxDays) && maxDays < minDays) {
    problems.push({ field: 'input.maxDays', message: `input.maxDays must not be below input.minDays (${minDays})` });
  }
  const active = checkOptionalBoolean(problems, 'input.active', input.active, true);
  return { name, countries, price, freeOver, minDays, maxDays, active };
}

export interface CheckedTaxRate {
  country: string;
  region: string | null;
  rate: number;
  name: string;
}

export function checkTaxRateInput(problems: Problems, value: unknown): CheckedTaxRate {
  const input = (value ?? {}) as Record<string, unknown>;
  return {
    country: checkCountry(problems, 'input.country', input.country),
    region: checkRegion(problems, 'input.region', input.region),
    rate: checkInt(problems, 'input.rate', input.rate, 0, MAX_RATE),
    name: checkText(problems, 'input.name', input.name, 1, 50),
  };
}

export interface CheckedPromotionCode {
  code: string;
  percentOff: number | null;
  amountOff: number | null;
  minSubtotal: number | null;
  startsAt: string | null;
  endsAt: string | null;
  maxRedemptions: number | null;
  oncePerCustomer: boolean;
  active: boolean;
}

/** An AWSDateTime (the scalar has checked its form) as epoch milliseconds, or null when omitted. */
function instant(value: unknown): number | null {
  if (typeof value !== 'string' || value.length === 0) return null;
  return util.time.parseISO8601ToEpochMilliSeconds(value);
}

export function checkPromotionCodeInput(problems: Problems, value: unknown): CheckedPromotionCode {
  const input = (value ?? {}) as Record<string, unknown>;
  const code = checkCode(problems, 'input.code', input.code);
  const percentOff = checkOptionalInt(problems, 'input.percentOff', input.percentOff, 1, MAX_PERCENT);
  const amountOff = checkOptionalInt(problems, 'input.amountOff', input.amountOff, 1, MAX_PRICE);
  const given = (percentOff === null ? 0 : 1) + (amountOff === null ? 0 : 1);
  if (given !== 1) {
    const which = given === 0 ? 'neither was given' : 'both were given';
    for (const field of ['input.percentOff', 'input.amountOff']) {
      problems.push({
        field,
        message: `${field}: give exactly one of input.percentOff and input.amountOff (${which})`,
      });
    }
  }
  const startsAt = typeof input.startsAt === 'string' ? input.startsAt : null;
  const endsAt = typeof input.endsAt === 'string' ? input.endsAt : null;
  const from = instant(startsAt);
  const until = instant(endsAt);
  if (from !== null && until !== null && until <= from) {
    problems.push({ field: 'input.endsAt', message: 'input.endsAt must be after input.startsAt' });
  }
  return {
    code,
    percentOff,
    amountOff,
    minSubtotal: checkOptionalInt(problems, 'input.minSubtotal', input.minSubtotal, 0, MAX_PRICE),
    startsAt,
    endsAt,
    maxRedemptions: checkOptionalInt(problems, 'input.maxRedemptions', input.maxRedemptions, 1, MAX_PRICE),
    oncePerCustomer: checkOptionalBoolean(problems, 'input.oncePerCustomer', input.oncePerCustomer, false),
    active: checkOptionalBoolean(problems, 'input.active', input.active, true),
  };
}
