import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSaver, loadPersisted, type Persisted, type PersistedEntry } from './persistence.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function fileIn(): Promise<{ dir: string; file: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'search-persist-'));
  dirs.push(dir);
  return { dir, file: join(dir, 'nested', 'indexes.json') };
}

function entries(n: number, from = 0): PersistedEntry[] {
  return Array.from({ length: n }, (_, i): PersistedEntry => {
    const k = from + i;
    return [`id-${k}`, k + 1, k % 7 === 0 ? null : { name: `Product "${k}"\n`, price: k, tags: ['a', 'ü'] }];
  });
}

describe('search twin persistence', () => {
  it('writes every index and entry across many pieces, and reads them back as they were', async () => {
    const { file } = await fileIn();
    const state: Persisted = {
      indexes: {
        products: { mapping: { mappings: { properties: { name: { type: 'text' } } } }, docs: entries(1_234) },
        empty: { mapping: { mappings: { properties: {} } }, docs: [] },
      },
    };
    await createSaver(file, () => state, 10).flush();
    expect(await loadPersisted(file)).toEqual(state);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(join(file, '..'))).toEqual(['indexes.json']);
  });

  it('saves what changed during a save with the next one', async () => {
    const { file } = await fileIn();
    let docs = entries(600);
    const saver = createSaver(
      file,
      () => ({ indexes: { products: { mapping: { mappings: { properties: {} } }, docs } } }),
      1,
    );
    const first = saver.flush();
    docs = [...docs, ...entries(5, 600)];
    saver.changed();
    await first;
    await saver.flush();
    expect((await loadPersisted(file))?.indexes['products']?.docs).toHaveLength(605);
  });

  it('answers undefined when nothing was saved yet', async () => {
    const { file } = await fileIn();
    expect(await loadPersisted(file)).toBeUndefined();
  });
});
