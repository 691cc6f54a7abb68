import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { loadAppSyncPreludeSDL } from '../contracts/appsync-prelude.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('./schema.graphql', import.meta.url));

/** Our schema alone: what is uploaded to AppSync (which brings its own scalars and directives). */
export function loadSchemaSDL(): string {
  return readFileSync(SCHEMA_PATH, 'utf8');
}

/** AppSync's built-in scalars and directives, for local tooling only; never deployed. */
export { loadAppSyncPreludeSDL };

/** The schema as AppSync sees it: prelude + our schema, built (and thereby validated) by graphql-js. */
export function buildAppSyncSchema(): GraphQLSchema {
  return buildSchema(`${loadAppSyncPreludeSDL()}\n${loadSchemaSDL()}`);
}
