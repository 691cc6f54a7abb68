// AppSync's built-in scalars and directives as SDL, for local tooling only (graphql-codegen, schema
// tests, the local server): AppSync provides them itself and rejects a schema that redeclares them.
// Not exported from contracts/index.ts: resolvers import that door, and this one reads a file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const APPSYNC_PRELUDE_PATH = fileURLToPath(new URL('./appsync-prelude.graphql', import.meta.url));

/** The prelude's SDL: prepend it to a schema before building it with graphql-js. */
export function loadAppSyncPreludeSDL(): string {
  return readFileSync(APPSYNC_PRELUDE_PATH, 'utf8');
}
