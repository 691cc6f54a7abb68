// The demo catalog and its shipping methods and promotion code, loaded once per data directory through
// the API itself, as the local admin.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ApiRuntime } from '../../server/index.ts';
import { executeOperation } from '../../server/index.ts';
import { seedDemoCatalog, type RunMutation, type SeededCatalog } from '../seed/demo-catalog.ts';
import { seedDemoPricing, type SeededPricing } from '../seed/demo-pricing.ts';
import type { ApiWiring } from '../twins/index.ts';

export interface SeedOptions {
  api: ApiRuntime;
  wiring: ApiWiring;
  dataDir: string;
  /** false = `--no-seed` */
  seed: boolean;
  progress(line: string): void;
}

export type Seeded = (SeededCatalog & SeededPricing) | null;

const stamp = (fields: object) => `${JSON.stringify({ at: new Date().toISOString(), ...fields })}\n`;

export async function seedOnce({ api, wiring, dataDir, seed, progress }: SeedOptions): Promise<Seeded> {
  const marker = join(dataDir, 'seeded.json');
  // Only the first start over a data dir may seed; `--no-seed` then means never for that dir.
  if (existsSync(marker)) return null;
  if (!seed) {
    await writeFile(marker, stamp({ skipped: true }));
    return null;
  }
  const caller = wiring.seedAs;
  if (!caller || !wiring.dynamodb) return null;
  progress('loading the demo catalog');
  const run: RunMutation = async (query, variables) => {
    const outcome = await executeOperation(api, { query, variables }, caller, {});
    return outcome.body as { data?: unknown; errors?: Array<{ message: string }> };
  };
  const catalog = await seedDemoCatalog(run);
  for (const warning of catalog.warnings) progress(`demo catalog: ${warning}`);
  const seeded = { ...catalog, ...(await seedDemoPricing(run)) };
  await writeFile(marker, stamp(seeded));
  return seeded;
}
