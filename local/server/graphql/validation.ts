// Query validation as AppSync applies it: the API's depth limit (and the local bound on expanded
// fields), the GraphQL rules and, when the API turns introspection off, no __schema/__type.
// Messages follow AppSync's (graphql-java's) "Validation error of type <Kind>: …" wording.
import {
  GraphQLError,
  getLocation,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import { MAX_EXPANDED_FIELDS, measureOperations } from './document-cost.ts';
import { requestError, type AppSyncError } from './errors.ts';

const KINDS: Array<[RegExp, string]> = [
  [/^Cannot query field/, 'FieldUndefined'],
  [/^Unknown argument/, 'UnknownArgument'],
  [/argument .* of type .* is required, but it was not provided/, 'MissingFieldArgument'],
  [/^Field .* must not have a selection|must have a selection of subfields/, 'SubSelectionRequired'],
  [/^Unknown type/, 'UnknownType'],
  [/^Variable .* of type .* used in position/, 'VariableTypeMismatch'],
  [/^Variable .* is not defined|^Variable .* is never used/, 'UndefinedVariable'],
  [/^Unknown fragment/, 'UndefinedFragment'],
  [/^Fragment .* is never used/, 'UnusedFragment'],
  [/^Cannot spread fragment .* within itself/, 'FragmentCycle'],
  [/cannot represent|Expected value of type|Expected type/, 'WrongType'],
  [/^There can be only one/, 'DuplicateFragmentName'],
];

export function validationKind(message: string): string {
  return KINDS.find(([pattern]) => pattern.test(message))?.[1] ?? 'InvalidSyntax';
}

export function toValidationError(error: GraphQLError): AppSyncError {
  return requestError(
    `Validation error of type ${validationKind(error.message)}: ${error.message}`,
    'ValidationError',
    error.locations,
  );
}

const locationOf = (node: OperationDefinitionNode) =>
  node.loc ? [getLocation(node.loc.source, node.loc.start)] : undefined;

/** Depth (AppSync's queryDepthLimit) and expanded size, measured before graphql-js's rules run. */
function costErrors(document: DocumentNode, settings: ValidationSettings): { errors: AppSyncError[]; fatal: boolean } {
  const measured = measureOperations(document);
  const total = measured.reduce((sum, m) => sum + m.cost.fields, 0);
  const largest = measured.reduce<(typeof measured)[number] | undefined>(
    (top, m) => (top && top.cost.fields >= m.cost.fields ? top : m),
    undefined,
  );
  if (largest && total > MAX_EXPANDED_FIELDS) {
    const message =
      'Validation error of type QueryComplexity: the document selects more than ' +
      `${MAX_EXPANDED_FIELDS} fields once its fragments are expanded (a limit of the local server)`;
    return { errors: [requestError(message, 'ValidationError', locationOf(largest.node))], fatal: true };
  }
  const errors: AppSyncError[] = [];
  for (const { node, cost } of measured) {
    if (settings.queryDepthLimit > 0 && cost.depth > settings.queryDepthLimit) {
      const message = `Query depth ${cost.depth} exceeds the maximum allowed depth of ${settings.queryDepthLimit}`;
      errors.push(requestError(message, 'QueryDepthLimitReached', locationOf(node)));
    }
  }
  return { errors, fatal: false };
}

const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(
        new GraphQLError('GraphQL introspection is not allowed, but the query contained __schema or __type', {
          nodes: node,
        }),
      );
    }
  },
});

export interface ValidationSettings {
  queryDepthLimit: number;
  introspection: boolean;
}

export function validateDocument(
  schema: GraphQLSchema,
  document: DocumentNode,
  settings: ValidationSettings,
): AppSyncError[] {
  // Too large a document is refused before graphql-js's rules, some of which grow faster than linearly.
  const cost = costErrors(document, settings);
  if (cost.fatal) return cost.errors;
  const rules: ValidationRule[] = [...specifiedRules];
  if (!settings.introspection) rules.push(noIntrospection);
  const found = validate(schema, document, rules).map((error) => {
    if (error.message.startsWith('GraphQL introspection'))
      return requestError(
        `Validation error of type IntrospectionDisabled: ${error.message}`,
        'ValidationError',
        error.locations,
      );
    return toValidationError(error);
  });
  return [...cost.errors, ...found];
}
