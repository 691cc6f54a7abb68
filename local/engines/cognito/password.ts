// Random passwords for the local demo users. cognito-local does not enforce password policies, so
// we generate passwords that would pass Cognito's strictest one anyway.
import { randomInt } from 'node:crypto';

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const DIGITS = '23456789';
// A subset of Cognito's allowed special characters that needs no quoting in JSON or a shell.
const SYMBOLS = '!#%+-.:=?@^_~';
const ALL = UPPER + LOWER + DIGITS + SYMBOLS;

function pick(alphabet: string): string {
  return alphabet[randomInt(alphabet.length)]!;
}

/**
 * A password with at least one upper-case letter, lower-case letter, digit and symbol, drawn
 * from `crypto.randomInt` (about 6 bits per character; 20 characters by default).
 */
export function generatePassword(length = 20): string {
  if (!Number.isInteger(length) || length < 12 || length > 256) throw new RangeError('password length must be 12–256');
  const chars = [pick(UPPER), pick(LOWER), pick(DIGITS), pick(SYMBOLS)];
  while (chars.length < length) chars.push(pick(ALL));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

/** Whether `password` meets a Cognito-style policy (defaults: the strictest, minimum length 12). */
export function meetsPolicy(
  password: string,
  policy: {
    minimumLength?: number;
    requireUppercase?: boolean;
    requireLowercase?: boolean;
    requireNumbers?: boolean;
    requireSymbols?: boolean;
  } = {},
): boolean {
  const {
    minimumLength = 12,
    requireUppercase = true,
    requireLowercase = true,
    requireNumbers = true,
    requireSymbols = true,
  } = policy;
  return (
    password.length >= minimumLength &&
    (!requireUppercase || /[A-Z]/.test(password)) &&
    (!requireLowercase || /[a-z]/.test(password)) &&
    (!requireNumbers || /[0-9]/.test(password)) &&
    (!requireSymbols || /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+-]/.test(password))
  );
}
