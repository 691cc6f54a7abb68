// GenerateSecretString as Secrets Manager applies it (GetRandomPassword's rules): 32 characters by
// default from letters, digits and punctuation, minus what the spec excludes, one of each included kind;
// with SecretStringTemplate + GenerateStringKey the password goes into that JSON under that key.
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetRandomPassword.html
import { randomInt } from 'node:crypto';

export interface GenerateSpec {
  PasswordLength?: number;
  ExcludeCharacters?: string;
  ExcludeLowercase?: boolean;
  ExcludeUppercase?: boolean;
  ExcludeNumbers?: boolean;
  ExcludePunctuation?: boolean;
  IncludeSpace?: boolean;
  RequireEachIncludedType?: boolean;
  SecretStringTemplate?: string;
  GenerateStringKey?: string;
}

const KINDS = {
  lower: 'abcdefghijklmnopqrstuvwxyz',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  digits: '0123456789',
  punctuation: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
};

export function generatePassword(spec: GenerateSpec): string {
  const excluded = new Set(spec.ExcludeCharacters ?? '');
  const kinds = [
    spec.ExcludeLowercase ? '' : KINDS.lower,
    spec.ExcludeUppercase ? '' : KINDS.upper,
    spec.ExcludeNumbers ? '' : KINDS.digits,
    spec.ExcludePunctuation ? '' : KINDS.punctuation,
    spec.IncludeSpace ? ' ' : '',
  ]
    .map((chars) => [...chars].filter((c) => !excluded.has(c)).join(''))
    .filter(Boolean);
  const all = kinds.join('');
  const length = Number(spec.PasswordLength ?? 32);
  const pick = (chars: string) => chars[randomInt(chars.length)] as string;
  const chars = Array.from({ length }, () => pick(all));
  // one of each included kind, at random places
  if (spec.RequireEachIncludedType ?? true) kinds.slice(0, length).forEach((k, i) => (chars[i] = pick(k)));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
  }
  return chars.join('');
}

export function generateSecretString(spec: GenerateSpec): string {
  const password = generatePassword(spec);
  if (!spec.SecretStringTemplate || !spec.GenerateStringKey) return password;
  const value = JSON.parse(spec.SecretStringTemplate) as Record<string, unknown>;
  return JSON.stringify({ ...value, [spec.GenerateStringKey]: password });
}
