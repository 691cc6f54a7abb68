// Small helpers for building items and reading results.

/** Drops null/undefined attributes: sparse index keys must be absent, not NULL. */
export function withoutNulls<T extends Record<string, unknown>>(record: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(record)) {
    if (value !== null && value !== undefined) out[name] = value;
  }
  return out;
}

/** The table name for batch and transaction requests, from the API's environment (CDK sets TABLE_NAME). */
export function tableName(env: unknown): string {
  const name = (env as Record<string, string | undefined> | undefined)?.TABLE_NAME;
  return name || 'ShopTable';
}
