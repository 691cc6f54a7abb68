// The names of the API's data sources: resolver files name them (`Type.field.<name>.ts`), the stack
// creates one of each, and the local twin finds them by these names in the template.

// `media` signs uploads (its role may only put); `imageStore` reads and cleans up stored images;
// `payments` calls Stripe (Checkout Sessions, their expiry, refunds) with the secret key it alone reads.
export const DATA_SOURCES = {
  table: 'table',
  none: 'none',
  search: 'search',
  media: 'media',
  imageStore: 'imageStore',
  payments: 'payments',
} as const;

export type DataSourceName = (typeof DATA_SOURCES)[keyof typeof DATA_SOURCES];

export const KNOWN_DATA_SOURCES: readonly DataSourceName[] = Object.values(DATA_SOURCES);

/** The data source of a resolver file that names none. */
export const DEFAULT_DATA_SOURCE: DataSourceName = DATA_SOURCES.table;

export function isKnownDataSource(name: string): name is DataSourceName {
  return (KNOWN_DATA_SOURCES as readonly string[]).includes(name);
}
