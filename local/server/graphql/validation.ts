// Query validation as AppSync applies it: the GraphQL rules, the API's depth limit and, when the
// API turns introspection off, no __schema/__type. Messages follow AppSync's (graphql-java's)
// "Validation error of type <Kind>: …" wording.
import {
  GraphQLError,
  Kind,
  specifiedRules,
  validate,
  type ASTVisitor,
  type DocumentNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
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

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, SelectionSetNode>,
  seen: Set<string>,
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else if (!seen.has(selection.name.value)) {
      deepest = Math.max(
        deepest,
        depthOf(fragments[selection.name.value], fragments, new Set([...seen, selection.name.value])),
      );
    }
  }
  return deepest;
}

function depthLimitRule(limit: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      const fragments: Record<string, SelectionSetNode> = {};
      for (const d of document.definitions)
        if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d.selectionSet;
      for (const d of document.definitions) {
        if (d.kind !== Kind.OPERATION_DEFINITION) continue;
        const depth = depthOf(d.selectionSet, fragments, new Set());
        if (depth > limit)
          context.reportError(
            new GraphQLError(`Query depth ${depth} exceeds the maximum allowed depth of ${limit}`, { nodes: d }),
          );
      }
    },
  });
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
  const rules: ValidationRule[] = [...specifiedRules];
  if (settings.queryDepthLimit > 0) rules.push(depthLimitRule(settings.queryDepthLimit));
  if (!settings.introspection) rules.push(noIntrospection);
  return validate(schema, document, rules).map((error) => {
    if (error.message.startsWith('Query depth'))
      return requestError(error.message, 'QueryDepthLimitReached', error.locations);
    if (error.message.startsWith('GraphQL introspection'))
      return requestError(
        `Validation error of type IntrospectionDisabled: ${error.message}`,
        'ValidationError',
        error.locations,
      );
    return toValidationError(error);
  });
}
