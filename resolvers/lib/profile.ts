// Customer profiles as stored, and addresses as the contract limits them.
import type { Address, Customer } from './schema-types.ts';
import { checkOptionalText, checkPattern, checkText, type Problems } from './validation.ts';

export interface ProfileItem {
  id: string;
  email?: string;
  name?: string;
  phone?: string;
  defaultAddress?: Address;
  updatedAt: string;
}

export function toCustomer(id: string, email: string, profile: ProfileItem | null): Customer {
  return {
    id,
    email,
    name: profile?.name ?? null,
    phone: profile?.phone ?? null,
    defaultAddress: profile?.defaultAddress ?? null,
  };
}

/** An AddressInput checked and trimmed; country an upper-case ISO 3166-1 alpha-2 code. */
export function checkAddress(problems: Problems, field: string, value: unknown): Address {
  const input = (value ?? {}) as Record<string, unknown>;
  const address: Address = {
    name: checkText(problems, `${field}.name`, input.name, 1, 200),
    line1: checkText(problems, `${field}.line1`, input.line1, 1, 200),
    line2: checkOptionalText(problems, `${field}.line2`, input.line2, 200),
    city: checkText(problems, `${field}.city`, input.city, 1, 200),
    region: checkOptionalText(problems, `${field}.region`, input.region, 200),
    postalCode: checkOptionalText(problems, `${field}.postalCode`, input.postalCode, 20),
    country: checkPattern(problems, `${field}.country`, input.country, '[A-Z]{2}', 'an upper-case ISO 3166-1 alpha-2 code like US'),
  };
  return address;
}
