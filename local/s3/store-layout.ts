// Objects written before keys were encoded (store-keys.ts) sit at `<bucket>/<key as path>`; once,
// at start, they move to their encoded place, and a marker file says the folder is done.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { toStoreKey } from './store-keys.ts';

const MARKER = '.key-layout';
const LAYOUT = 'encoded-keys-v1';
const RESOURCE = '._S3rver_';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Moves every object file of the old layout under `directory` to its encoded key's place. */
export function migrateStoreLayout(directory: string): void {
  const marker = join(directory, MARKER);
  if (existsSync(marker)) return;
  for (const bucket of readdirSync(directory)) {
    const bucketDir = join(directory, bucket);
    if (!statSync(bucketDir).isDirectory()) continue;
    for (const file of filesUnder(bucketDir)) {
      const rel = relative(bucketDir, file).split(sep).join('/');
      const at = rel.lastIndexOf(RESOURCE);
      // bucket-level files (CORS, uploads in progress) belong to no key
      if (at <= 0 || rel.startsWith(RESOURCE) || rel.endsWith('/')) continue;
      const target = join(bucketDir, ...`${toStoreKey(rel.slice(0, at))}${rel.slice(at)}`.split('/'));
      mkdirSync(dirname(target), { recursive: true });
      renameSync(file, target);
    }
  }
  writeFileSync(marker, `${LAYOUT}\n`);
}
