// (c) The authorization matrix, computed from the schema's directives with AppSync's rules
// (schema/auth-rules.ts), must equal the contract's identity table written out below; and every
// object type an identity can reach through a root field it may call must let that identity read
// every field (otherwise AppSync answers nested reads with "Not Authorized to access …").
import { describe, expect, it } from 'vitest';
import {
  getNamedType,
  isAbstractType,
  isObjectType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { buildAppSyncSchema } from '../../schema/load-schema.ts';
import { canAccess, type Caller } from '../../schema/auth-rules.ts';

type Identity = 'anonymous' | 'customer' | 'admin' | 'iam';

const IDENTITIES: Record<Identity, Caller> = {
  anonymous: { mode: 'API_KEY' },
  customer: { mode: 'AMAZON_COGNITO_USER_POOLS', groups: [] },
  admin: { mode: 'AMAZON_COGNITO_USER_POOLS', groups: ['admin'] },
  iam: { mode: 'AWS_IAM' },
};

const PUBLIC: Identity[] = ['anonymous', 'customer', 'admin'];
const SIGNED_IN: Identity[] = ['customer', 'admin'];
const ADMIN: Identity[] = ['admin'];

// The contract's identity table, per root field. Admins are Cognito users too, so whatever any
// signed-in user may call, they may call (resolvers still scope carts/orders/profiles to the caller).
const EXPECTED: Record<string, Identity[]> = {
  'Query.categories': PUBLIC,
  'Query.product': PUBLIC,
  'Query.productBySlug': PUBLIC,
  'Query.listProducts': PUBLIC,
  'Query.searchProducts': PUBLIC,
  'Query.me': SIGNED_IN,
  'Query.myCart': SIGNED_IN,
  'Query.myOrders': SIGNED_IN,
  'Query.order': ['customer', 'admin', 'iam'],
  'Query.listOrders': ADMIN,
  // Pricing: anyone lists the methods serving a country; the cart's quote is the caller's own.
  'Query.shippingMethods': [...PUBLIC, 'iam'],
  'Query.quoteCart': SIGNED_IN,
  'Query.allShippingMethods': ADMIN,
  'Query.taxRates': ADMIN,
  'Query.promotionCodes': ADMIN,

  'Mutation.createCategory': ADMIN,
  'Mutation.createProduct': ADMIN,
  'Mutation.updateProduct': ADMIN,
  'Mutation.setVariantPrice': ADMIN,
  'Mutation.adjustStock': ADMIN,
  'Mutation.createProductImageUpload': ADMIN,
  'Mutation.attachProductImage': ADMIN,
  'Mutation.removeProductImage': ADMIN,
  'Mutation.addToCart': SIGNED_IN,
  'Mutation.setCartItemQuantity': SIGNED_IN,
  'Mutation.removeFromCart': SIGNED_IN,
  'Mutation.checkout': SIGNED_IN,
  'Mutation.cancelOrder': SIGNED_IN,
  'Mutation.updateProfile': SIGNED_IN,
  'Mutation.updateOrderStatus': ['admin', 'iam'],
  'Mutation.createShippingMethod': ADMIN,
  'Mutation.updateShippingMethod': ADMIN,
  'Mutation.setTaxRate': ADMIN,
  'Mutation.deleteTaxRate': ADMIN,
  'Mutation.createPromotionCode': ADMIN,
  'Mutation.setPromotionCodeActive': ADMIN,
  // Payments: the owner starts paying (the resolver checks ownership); admins refund.
  'Mutation.startPayment': SIGNED_IN,
  'Mutation.refundOrder': ADMIN,
  // Internal: the payment webhook and the unpaid-orders functions (their IAM roles).
  'Mutation.recordPaymentEvent': ['iam'],
  'Mutation.expireOrder': ['iam'],
  // Internal: only the order-events function (its IAM role) republishes orders to subscribers.
  'Mutation.publishOrderPlaced': ['iam'],
  'Mutation.publishOrderStatusChanged': ['iam'],

  'Subscription.onOrderStatusChanged': SIGNED_IN,
  'Subscription.onOrderPlaced': ADMIN,
};

const IDENTITY_NAMES = Object.keys(IDENTITIES) as Identity[];

function rootFields(schema: GraphQLSchema): Array<[GraphQLObjectType, string]> {
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((root) =>
    root ? Object.keys(root.getFields()).map((name): [GraphQLObjectType, string] => [root, name]) : [],
  );
}

function allowedIdentities(schema: GraphQLSchema, typeName: string, fieldName: string): Identity[] {
  return IDENTITY_NAMES.filter((id) => canAccess(schema, typeName, fieldName, IDENTITIES[id]));
}

function concreteTypes(schema: GraphQLSchema, type: GraphQLNamedType): GraphQLObjectType[] {
  if (isObjectType(type)) return [type];
  if (isAbstractType(type)) return [...schema.getPossibleTypes(type)];
  return [];
}

/** Object types reachable from a root field by a caller, following only fields it may read. */
function reachableTypes(
  schema: GraphQLSchema,
  root: GraphQLObjectType,
  fieldName: string,
  caller: Caller,
): GraphQLObjectType[] {
  const seen = new Map<string, GraphQLObjectType>();
  const queue = concreteTypes(schema, getNamedType(root.getFields()[fieldName]!.type));
  while (queue.length > 0) {
    const type = queue.shift()!;
    if (seen.has(type.name)) continue;
    seen.set(type.name, type);
    for (const field of Object.values(type.getFields())) {
      if (canAccess(schema, type.name, field.name, caller))
        queue.push(...concreteTypes(schema, getNamedType(field.type)));
    }
  }
  return [...seen.values()];
}

describe('authorization matrix', () => {
  const schema = buildAppSyncSchema();

  it('every root field has an expected row (new operations must be added to the table consciously)', () => {
    const actual = rootFields(schema)
      .map(([root, name]) => `${root.name}.${name}`)
      .sort();
    expect(actual).toEqual(Object.keys(EXPECTED).sort());
  });

  it('allowed identities per root field equal the contract identity table', () => {
    const actual = Object.fromEntries(
      rootFields(schema).map(([root, name]) => [`${root.name}.${name}`, allowedIdentities(schema, root.name, name)]),
    );
    const expected = Object.fromEntries(
      Object.entries(EXPECTED).map(([k, ids]) => [k, IDENTITY_NAMES.filter((id) => ids.includes(id))]),
    );
    expect(actual).toEqual(expected);
  });

  it('every root field names its auth modes explicitly (no reliance on the default mode)', () => {
    const implicit = rootFields(schema)
      .filter(
        ([root, name]) =>
          !root
            .getFields()
            [name]!.astNode?.directives?.some(
              (d) => d.name.value.startsWith('aws_') && d.name.value !== 'aws_subscribe',
            ),
      )
      .map(([root, name]) => `${root.name}.${name}`);
    expect(implicit).toEqual([]);
  });

  it('every type an allowed caller can reach lets that caller read all its fields', () => {
    const problems: string[] = [];
    for (const [root, name] of rootFields(schema)) {
      for (const identity of IDENTITY_NAMES) {
        const caller = IDENTITIES[identity];
        if (!canAccess(schema, root.name, name, caller)) continue;
        for (const type of reachableTypes(schema, root, name, caller)) {
          for (const field of Object.values(type.getFields())) {
            if (!canAccess(schema, type.name, field.name, caller)) {
              problems.push(`${identity} via ${root.name}.${name}: cannot read ${type.name}.${field.name}`);
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('no object type grants an identity that can never receive it (least privilege)', () => {
    const reachedBy = new Map<string, Set<Identity>>();
    for (const [root, name] of rootFields(schema)) {
      for (const identity of IDENTITY_NAMES) {
        const caller = IDENTITIES[identity];
        if (!canAccess(schema, root.name, name, caller)) continue;
        for (const type of reachableTypes(schema, root, name, caller)) {
          if (!reachedBy.has(type.name)) reachedBy.set(type.name, new Set());
          reachedBy.get(type.name)!.add(identity);
        }
      }
    }
    const roots = new Set(rootFields(schema).map(([root]) => root.name));
    const problems: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || roots.has(type.name)) continue;
      for (const identity of IDENTITY_NAMES) {
        const readable = Object.values(type.getFields()).some((f) =>
          canAccess(schema, type.name, f.name, IDENTITIES[identity]),
        );
        if (readable && !reachedBy.get(type.name)?.has(identity))
          problems.push(`${type.name} grants ${identity}, who never receives it`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("the subscription payload type is readable by the mutations' callers and the subscribers", () => {
    // A published Order is produced by the mutation caller (possibly IAM) and read by Cognito subscribers.
    for (const field of ['id', 'customerId', 'status', 'statusHistory']) {
      expect(canAccess(schema, 'Order', field, IDENTITIES.iam)).toBe(true);
      expect(canAccess(schema, 'Order', field, IDENTITIES.customer)).toBe(true);
      expect(canAccess(schema, 'Order', field, IDENTITIES.anonymous)).toBe(false);
    }
  });
});
