// graphql-codegen plugin: Swift for iOS teams (`API.swift`, one file) from the same schema and operations
// as the TypeScript clients, by AWS's own generator (@aws-amplify/graphql-types-generator, the code behind
// `amplify codegen` for Swift). https://docs.amplify.aws/gen1/swift/tools/cli-legacy/codegen/
// The generator declares AppSync's scalars and directives itself, so the prelude's are left out here.
const { print, Kind } = require('graphql');
const { getCachedDocumentNodeFromSchema } = require('@graphql-codegen/plugin-helpers');
const { generateFromString } = require('@aws-amplify/graphql-types-generator');

const APPSYNC_SCALARS = new Set([
  'AWSDate',
  'AWSTime',
  'AWSDateTime',
  'AWSTimestamp',
  'AWSEmail',
  'AWSJSON',
  'AWSURL',
  'AWSPhone',
  'AWSIPAddress',
]);

/** The schema as AppSync holds it: without the built-in scalars and `aws_*` directives the prelude declares. */
function appSyncSDL(schema) {
  const document = getCachedDocumentNodeFromSchema(schema);
  const definitions = document.definitions.filter((definition) => {
    if (definition.kind === Kind.SCALAR_TYPE_DEFINITION) return !APPSYNC_SCALARS.has(definition.name.value);
    if (definition.kind === Kind.DIRECTIVE_DEFINITION) return !definition.name.value.startsWith('aws_');
    return true;
  });
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
