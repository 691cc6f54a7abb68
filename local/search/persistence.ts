// The search twin's documents on disk: one JSON file, written aside and renamed (a crash mid-write never
// leaves half a file), in pieces so a large index never stalls the process that also runs the API, the
// stream and the Lambdas, and no more often than a small share of the time (a 100,000-product index is
// ~170 MB of JSON: saving it after every bulk request made indexing slow down as the index grew).
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Doc, Mapping } from './search-index.ts';
import { SourceRef } from './sources.ts';

export type PersistedEntry = [string, number, Doc | null];
/** What a save writes: a document may come as a stored source, read when its piece is written. */
export type SavedEntry = [string, number, Doc | SourceRef | null];

export interface PersistedIndex<E = PersistedEntry> {
  mapping: Mapping;
  docs: E[];
}

export interface Persisted<E = PersistedEntry> {
  indexes: Record<string, PersistedIndex<E>>;
  /** alias → the indexes it points at (absent in files written before aliases) */
  aliases?: Record<string, string[]>;
}

export interface Saver {
  /** something changed: save after the delay (or later, see MIN_IDLE_SHARE) */
  changed(): void;
  /** save now, after any save under way */
  flush(): Promise<void>;
}

/** Documents per write: small enough that each piece's stringify is a few milliseconds. */
const PIECE = 500;
/** After a save that took T ms, wait at least this many times T before the next (≤ ~5% of the time saving). */
const MIN_IDLE_SHARE = 20;

export async function loadPersisted(file: string): Promise<Persisted | undefined> {
  return readFile(file, 'utf8').then(
    (text) => JSON.parse(text) as Persisted,
    (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return undefined;
      throw err;
    },
  );
}

const entryJson = ([id, version, doc]: SavedEntry): string =>
  `[${JSON.stringify(id)},${version},${doc instanceof SourceRef ? doc.json() : JSON.stringify(doc)}]`;

async function writePersisted(file: string, snapshot: Persisted<SavedEntry>): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const handle = await open(`${file}.tmp`, 'w', 0o600);
  try {
    await handle.write('{"indexes":{');
    let firstIndex = true;
    for (const [name, index] of Object.entries(snapshot.indexes)) {
      await handle.write(`${firstIndex ? '' : ','}${JSON.stringify(name)}:{"mapping":${JSON.stringify(index.mapping)}`);
      await handle.write(',"docs":[');
      for (let i = 0; i < index.docs.length; i += PIECE) {
        const piece = index.docs.slice(i, i + PIECE).map(entryJson);
        await handle.write(`${i === 0 ? '' : ','}${piece.join(',')}`);
      }
      await handle.write(']}');
      firstIndex = false;
    }
    await handle.write(snapshot.aliases ? `},"aliases":${JSON.stringify(snapshot.aliases)}}` : '}}');
  } finally {
    await handle.close();
  }
  await rename(`${file}.tmp`, file);
}

/** `snapshot` is taken when the save starts: the entries are copied then, so later writes wait for the next save. */
export function createSaver(file: string, snapshot: () => Persisted<SavedEntry>, delayMs: number): Saver {
  let timer: NodeJS.Timeout | undefined;
  let saving = Promise.resolve();
  let lastSaveMs = 0;
  const save = async () => {
    const started = performance.now();
    await writePersisted(file, snapshot());
    lastSaveMs = performance.now() - started;
  };
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    saving = saving.then(save, save);
    return saving;
  };
  return {
    changed() {
      if (timer) return;
      timer = setTimeout(() => void flush(), Math.max(delayMs, lastSaveMs * MIN_IDLE_SHARE));
      timer.unref();
    },
    flush,
  };
}
