// The API's schema as the local server executes it: the template's SDL plus AppSync's built-in
// scalars and directives, with AppSync's scalar rules.
import { buildSchema, type GraphQLSchema } from 'graphql';
import { loadAppSyncPreludeSDL } from '../../../contracts/appsync-prelude.ts';
import { installAppSyncScalars } from './scalars.ts';

export function buildExecutableSchema(sdl: string): GraphQLSchema {
  const schema = buildSchema(`${loadAppSyncPreludeSDL()}\n${sdl}`);
  installAppSyncScalars(schema);
  return schema;
}
