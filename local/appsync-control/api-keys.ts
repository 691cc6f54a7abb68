// The API's keys as the local control plane and the local AppSync server share them: one settings
// array the authenticator reads on every request, changed in place by UpdateApiKey, and the changes
// kept under .data/ so a renewed key stays renewed across restarts (as long as its value does).
// https://docs.aws.amazon.com/appsync/latest/APIReference/API_ApiKey.html
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ApiKeySetting } from '../server/index.ts';

const DAY_S = 86_400;
const HOUR_S = 3_600;
/** da2 keys are deleted 60 days after they expire (AppSync Developer Guide, "API_KEY authorization"). */
export const DELETE_AFTER_S = 60 * DAY_S;

/** A key as the template declares it, with its local value. */
export interface TemplateKey {
  logicalId: string;
  /** the key's id, which for AppSync is the key itself (ApiKey.id is what x-api-key carries) */
  id: string;
  /** the template's Expires (epoch seconds), if it sets one */
  templateExpires: number | undefined;
  /** the expiry used when the template sets none */
  defaultExpires: number;
}

/** AppSync's ApiKey object. */
export interface ApiKeyRecord {
  id: string;
  description?: string;
  expires: number;
  deletes: number;
}

/** What UpdateApiKey changed, by logical id (no key values: they stay in local-secrets.json). */
interface StoredChange {
  expires: number;
  description?: string;
  /** the template's Expires when the change was made: a deploy that changes it sets the key again */
  templateExpires: number | null;
}
type Stored = Record<string, StoredChange>;

export interface ApiKeyStore {
  apiId: string;
  /** the live settings the local AppSync server's authenticator reads (updated in place) */
  readonly settings: ApiKeySetting[];
  /** the keys not yet deleted at `nowS` */
  list(nowS: number): ApiKeyRecord[];
  find(id: string, nowS: number): ApiKeyRecord | undefined;
  /** sets a key's expiry (rounded down to the hour, as AppSync stores it) and description, and persists it */
  update(id: string, change: { expires?: number; description?: string }): Promise<ApiKeyRecord | undefined>;
}

export interface ApiKeyStoreOptions {
  apiId: string;
  keys: readonly TemplateKey[];
  /** where the changes persist (JSON); the key values themselves live in local-secrets.json */
  file: string;
}

/** A stable local API id shaped like AppSync's (26 lower-case letters and digits), from the stack and API. */
export function localApiId(stackName: string, logicalId: string): string {
  return createHash('sha256').update(`${stackName}/${logicalId}`).digest('hex').slice(0, 26);
}

async function readStored(file: string): Promise<Stored> {
  if (!existsSync(file)) return {};
  const parsed = JSON.parse(await readFile(file, 'utf8')) as unknown;
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Stored) : {};
}

export async function openApiKeyStore(options: ApiKeyStoreOptions): Promise<ApiKeyStore> {
  const stored = await readStored(options.file);
  const keys = options.keys.map((key) => {
    const change = stored[key.logicalId];
    // A change made under another template Expires was overwritten by the deploy that changed it (UNVERIFIED
    // against AWS: CloudFormation updates the key only when the property changes, "Update requires: No interruption").
    const current = change && change.templateExpires === (key.templateExpires ?? null) ? change : undefined;
    if (change && !current) delete stored[key.logicalId];
    const setting: ApiKeySetting = {
      key: key.id,
      expiresAt: current?.expires ?? key.templateExpires ?? key.defaultExpires,
    };
    return { template: key, setting, description: current?.description };
  });
  let writes = Promise.resolve();
  const persist = () => {
    const text = `${JSON.stringify(stored, null, 2)}\n`;
    // Serialised, each write of the whole state, so the file ends with the latest one.
    writes = writes.then(async () => {
      await mkdir(dirname(options.file), { recursive: true });
      await writeFile(`${options.file}.tmp`, text, { mode: 0o600 });
      await rename(`${options.file}.tmp`, options.file);
    });
    return writes;
  };
  const record = (k: (typeof keys)[number]): ApiKeyRecord => ({
    id: k.template.id,
    ...(k.description !== undefined ? { description: k.description } : {}),
    expires: k.setting.expiresAt,
    deletes: k.setting.expiresAt + DELETE_AFTER_S,
  });
  const live = (nowS: number) => keys.filter((k) => k.setting.expiresAt + DELETE_AFTER_S > nowS);

  return {
    apiId: options.apiId,
    settings: keys.map((k) => k.setting),
    list: (nowS) => live(nowS).map(record),
    find: (id, nowS) => {
      const k = live(nowS).find((candidate) => candidate.template.id === id);
      return k ? record(k) : undefined;
    },
    async update(id, change) {
      const k = keys.find((candidate) => candidate.template.id === id);
      if (!k) return undefined;
      if (change.expires !== undefined) k.setting.expiresAt = Math.floor(change.expires / HOUR_S) * HOUR_S;
      if (change.description !== undefined) k.description = change.description;
      stored[k.template.logicalId] = {
        expires: k.setting.expiresAt,
        ...(k.description !== undefined ? { description: k.description } : {}),
        templateExpires: k.template.templateExpires ?? null,
      };
      await persist();
      return record(k);
    },
  };
}
