// Customer profiles as stored, and addresses as the contract limits them.
import { util } from '@aws-appsync/utils';
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

/** The 249 officially assigned ISO 3166-1 alpha-2 codes, space-separated. */
const COUNTRIES =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
  'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
  'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
  'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
  'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
  'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO ' +
  'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW ';

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
    country: checkPattern(
      problems,
      `${field}.country`,
      input.country,
      '[A-Z]{2}',
      'an upper-case ISO 3166-1 alpha-2 code like US',
    ),
  };
  if (util.matches('[A-Z]{2}', address.country) && COUNTRIES.indexOf(`${address.country} `) < 0) {
    problems.push({
      field: `${field}.country`,
      message: `${field}.country ${address.country} is not an assigned ISO 3166-1 alpha-2 code`,
    });
  }
  return address;
}
