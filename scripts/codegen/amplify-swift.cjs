// graphql-codegen plugin: Swift for iOS teams (`API.swift`, one file) from the same schema and operations
// as the TypeScript clients, by AWS's own generator (@aws-amplify/graphql-types-generator, the code behind
// `amplify codegen` for Swift). https://docs.amplify.aws/gen1/swift/tools/cli-legacy/codegen/
// The generator declares AppSync's scalars and directives itself, so the prelude's are left out here.
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { parse, print } = require('graphql');
const { getCachedDocumentNodeFromSchema } = require('@graphql-codegen/plugin-helpers');
const { generateFromString } = require('@aws-amplify/graphql-types-generator');

// What the prelude declares (contracts/appsync-prelude.graphql) is what AppSync brings itself.
const PRELUDE = parse(readFileSync(path.join(__dirname, '../../contracts/appsync-prelude.graphql'), 'utf8'));
const PRELUDE_NAMES = new Set(PRELUDE.definitions.map((definition) => definition.name.value));

/** The schema as AppSync holds it: without the built-in scalars and directives the prelude declares. */
function appSyncSDL(schema) {
  const document = getCachedDocumentNodeFromSchema(schema);
  const definitions = document.definitions.filter((definition) => !PRELUDE_NAMES.has(definition.name?.value));
  return print({ ...document, definitions });
}

module.exports = {
  plugin(schema, documents) {
    const operations = documents.map((file) => print(file.document)).join('\n');
    const files = generateFromString(appSyncSDL(schema), false, operations, 'swift', false, {});
    const swift = files['API.swift'];
    if (typeof swift !== 'string') throw new Error('the Swift generator produced no API.swift');
    return swift;
  },
};
