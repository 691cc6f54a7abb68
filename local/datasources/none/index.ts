// The NONE data source: the request's `payload` comes back as ctx.result.
import type { DataSource } from '../data-source.ts';

export function createNoneDataSource(name: string): DataSource {
  return {
    name,
    type: 'NONE',
    invoke: async (request) => ({ result: (request as { payload?: unknown } | null)?.payload ?? null }),
  };
}
