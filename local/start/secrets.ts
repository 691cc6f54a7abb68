// Secrets of the local stack, made once with a CSPRNG and kept under .data/ (mode 0600): the API
// key, the IAM key pair the local API accepts, and the demo users' passwords. Never in code.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generatePassword } from '../engines/index.ts';

export interface LocalUser {
  email: string;
  password: string;
  groups: string[];
}

export interface LocalSecrets {
  apiKeys: Record<string, string>;
  iam: { accessKeyId: string; secretAccessKey: string };
  users: LocalUser[];
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

function token(length: number, alphabet: string): string {
  return [...randomBytes(length)].map((b) => alphabet[b % alphabet.length]).join('');
}

/** AppSync API keys look like `da2-` followed by 26 lower-case base32 characters. */
export function newApiKey(): string {
  return `da2-${token(26, ALPHABET)}`;
}

function fresh(): LocalSecrets {
  return {
    apiKeys: {},
    iam: {
      accessKeyId: `AKIALOCAL${token(11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`,
      secretAccessKey: randomBytes(30).toString('base64'),
    },
    users: [
      { email: 'admin@example.com', password: generatePassword(20), groups: ['admin'] },
      { email: 'shopper@example.com', password: generatePassword(20), groups: [] },
    ],
  };
}

export async function loadSecrets(dataDir: string, apiKeyIds: string[]): Promise<LocalSecrets> {
  const file = join(dataDir, 'local-secrets.json');
  const secrets = existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as LocalSecrets) : fresh();
  let changed = !existsSync(file);
  for (const id of apiKeyIds) {
    if (!secrets.apiKeys[id]) {
      secrets.apiKeys[id] = newApiKey();
      changed = true;
    }
  }
  if (changed) await writeFile(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return secrets;
}
