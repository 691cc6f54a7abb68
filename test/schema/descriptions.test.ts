// (d) Every type, field, argument, input field and enum value of our schema (and of the AppSync
// prelude) carries a description; root operations say who may call them; error types named in
// descriptions are the contract's.
import { describe, expect, it } from 'vitest';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { buildAppSyncSchema } from '../../schema/load-schema.ts';

const ERROR_TYPES = [
  'Unauthorized',
  'NotFound',
  'ValidationError',
  'ConflictError',
  'InsufficientStock',
  'InvalidTransition',
  'PromotionCodeRejected',
];

function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (where: string, description: string | null | undefined) => {
    if (!description || description.trim().length === 0) missing.push(where);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  for (const directive of schema.getDirectives()) {
    if (isSpecifiedDirective(directive)) continue;
    check(`@${directive.name}`, directive.description);
    for (const arg of directive.args) check(`@${directive.name}(${arg.name})`, arg.description);
  }
  return missing;
}

describe('descriptions', () => {
  const schema = buildAppSyncSchema();
  const roots = [schema.getQueryType()!, schema.getMutationType()!, schema.getSubscriptionType()!];

  it('every type, field, argument, input field, enum value and directive is described', () => {
    expect(undocumented(schema)).toEqual([]);
  });

  it('every root operation says who may call it', () => {
    const silent = roots.flatMap((root) =>
      Object.values(root.getFields())
        .filter((f) => !/\bWho: /.test(f.description ?? ''))
        .map((f) => `${root.name}.${f.name}`),
    );
    expect(silent).toEqual([]);
  });

  it('error types named after "Errors:" are the contract\'s', () => {
    const unknown: string[] = [];
    for (const root of roots) {
      for (const field of Object.values(root.getFields())) {
        const errors = /Errors: (.*)$/s.exec(field.description ?? '')?.[1] ?? '';
        // The error types head the comma-separated items: "`NotFound` (unknown SKU), `ValidationError` …".
        for (const [, name] of errors.matchAll(/(?:^|, )`([A-Za-z]+)`/g)) {
          if (!ERROR_TYPES.includes(name!)) unknown.push(`${root.name}.${field.name}: ${name}`);
        }
      }
    }
    expect(unknown).toEqual([]);
  });

  it('admin-only operations say they may raise Unauthorized or are admin-only', () => {
    const mutation = schema.getMutationType()!.getFields();
    for (const name of [
      'createCategory',
      'createProduct',
      'updateProduct',
      'setVariantPrice',
      'adjustStock',
      'updateOrderStatus',
      'refundOrder',
    ]) {
      expect(mutation[name]!.description, name).toMatch(/`Unauthorized`/);
    }
  });
});
