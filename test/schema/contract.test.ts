// (b) The contract guard: every operation, type, input and enum of /work/shared/contract.md, written
// out here by hand, must exist in the schema with the same names, arguments and types. Types may
// gain fields and the schema may add operations (the contract allows both), but nothing listed
// here may disappear or change shape. Where the contract names a field without a type, the type
// below is the schema's documented choice; changing it is a breaking change for clients too.
import { describe, expect, it } from 'vitest';
import {
  isEnumType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLSchema,
} from 'graphql';
import { buildAppSyncSchema } from '../../schema/load-schema.ts';

interface RootField {
  args: Record<string, string>;
  returns: string;
}

const QUERY: Record<string, RootField> = {
  categories: { args: {}, returns: '[Category!]!' },
  product: { args: { id: 'ID!' }, returns: 'Product' },
  productBySlug: { args: { slug: 'String!' }, returns: 'Product' },
  listProducts: { args: { categoryId: 'ID', limit: 'Int', nextToken: 'String' }, returns: 'ProductConnection!' },
  searchProducts: {
    args: { query: 'String', filter: 'ProductSearchFilter', sort: 'ProductSort', limit: 'Int', nextToken: 'String' },
    returns: 'ProductSearchResult!',
  },
  myCart: { args: {}, returns: 'Cart!' },
  order: { args: { id: 'ID!' }, returns: 'Order' },
  myOrders: { args: { limit: 'Int', nextToken: 'String' }, returns: 'OrderConnection!' },
  listOrders: { args: { status: 'OrderStatus', limit: 'Int', nextToken: 'String' }, returns: 'OrderConnection!' },
  me: { args: {}, returns: 'Customer' },
};

const MUTATION: Record<string, RootField> = {
  createCategory: { args: { input: 'CreateCategoryInput!' }, returns: 'Category!' },
  createProduct: { args: { input: 'CreateProductInput!' }, returns: 'Product!' },
  updateProduct: { args: { input: 'UpdateProductInput!' }, returns: 'Product!' },
  setVariantPrice: { args: { sku: 'ID!', price: 'MoneyInput!' }, returns: 'Variant!' },
  adjustStock: { args: { sku: 'ID!', delta: 'Int!' }, returns: 'Variant!' },
  createProductImageUpload: {
    args: { productId: 'ID!', contentType: 'String!', contentLength: 'Int!' },
    returns: 'ImageUpload!',
  },
  attachProductImage: { args: { productId: 'ID!', key: 'String!', alt: 'String' }, returns: 'Product!' },
  removeProductImage: { args: { productId: 'ID!', key: 'String!' }, returns: 'Product!' },
  addToCart: { args: { sku: 'ID!', quantity: 'Int!' }, returns: 'Cart!' },
  setCartItemQuantity: { args: { sku: 'ID!', quantity: 'Int!' }, returns: 'Cart!' },
  removeFromCart: { args: { sku: 'ID!' }, returns: 'Cart!' },
  checkout: { args: { input: 'CheckoutInput!' }, returns: 'Order!' },
  cancelOrder: { args: { id: 'ID!' }, returns: 'Order!' },
  updateOrderStatus: { args: { id: 'ID!', status: 'OrderStatus!', note: 'String' }, returns: 'Order!' },
  updateProfile: { args: { input: 'UpdateProfileInput!' }, returns: 'Customer!' },
  startPayment: { args: { orderId: 'ID!', returnUrl: 'AWSURL!' }, returns: 'PaymentSession!' },
  refundOrder: { args: { id: 'ID!', amount: 'Int', reason: 'String' }, returns: 'Order!' },
};

const SUBSCRIPTION: Record<string, RootField & { mutations: string[] }> = {
  // The contract's mutations fire these through the table's stream and an internal mutation that
  // carries the whole order (contract: "whatever fields the caller of the mutation selected").
  onOrderStatusChanged: { args: { id: 'ID' }, returns: 'Order', mutations: ['publishOrderStatusChanged'] },
  onOrderPlaced: { args: {}, returns: 'Order', mutations: ['publishOrderPlaced'] },
};

const OBJECT_TYPES: Record<string, Record<string, string>> = {
  Money: { amount: 'Int!', currency: 'String!' },
  Category: { id: 'ID!', slug: 'String!', name: 'String!', parentId: 'ID' },
  Product: {
    id: 'ID!',
    slug: 'String!',
    name: 'String!',
    description: 'String',
    categoryId: 'ID!',
    category: 'Category!',
    tags: '[String!]!',
    status: 'ProductStatus!',
    variants: '[Variant!]!',
    images: '[ProductImage!]!',
    priceFrom: 'Money!',
    createdAt: 'AWSDateTime!',
    updatedAt: 'AWSDateTime!',
    version: 'Int!',
  },
  Variant: {
    sku: 'ID!',
    productId: 'ID!',
    name: 'String!',
    options: '[VariantOption!]!',
    price: 'Money!',
    stock: 'Int!',
    inStock: 'Boolean!',
  },
  VariantOption: { name: 'String!', value: 'String!' },
  ProductImage: { key: 'String!', url: 'AWSURL!', alt: 'String', contentType: 'String!' },
  ProductConnection: { items: '[Product!]!', nextToken: 'String' },
  ProductSearchResult: { items: '[Product!]!', total: 'Int!', facets: 'ProductSearchFacets!', nextToken: 'String' },
  ProductSearchFacets: { categories: '[FacetCount!]!', tags: '[FacetCount!]!', priceRanges: '[PriceRangeFacet!]!' },
  FacetCount: { value: 'String!', count: 'Int!' },
  PriceRangeFacet: { min: 'Int!', max: 'Int', count: 'Int!' },
  ImageUpload: { url: 'AWSURL!', fields: 'AWSJSON!', key: 'String!', expiresAt: 'AWSDateTime!', maxBytes: 'Int!' },
  Cart: { items: '[CartItem!]!', subtotal: 'Money!', itemCount: 'Int!' },
  CartItem: {
    sku: 'ID!',
    productId: 'ID!',
    name: 'String!',
    quantity: 'Int!',
    unitPrice: 'Money!',
    lineTotal: 'Money!',
    inStock: 'Boolean!',
  },
  Address: {
    name: 'String!',
    line1: 'String!',
    line2: 'String',
    city: 'String!',
    region: 'String',
    postalCode: 'String',
    country: 'String!',
  },
  Order: {
    id: 'ID!',
    customerId: 'ID!',
    status: 'OrderStatus!',
    lines: '[OrderLine!]!',
    subtotal: 'Money!',
    total: 'Money!',
    shippingAddress: 'Address!',
    statusHistory: '[OrderStatusChange!]!',
    nextStatuses: '[OrderStatus!]!',
    payment: 'Payment',
    createdAt: 'AWSDateTime!',
    updatedAt: 'AWSDateTime!',
  },
  OrderLine: {
    sku: 'ID!',
    productId: 'ID!',
    name: 'String!',
    quantity: 'Int!',
    unitPrice: 'Money!',
    lineTotal: 'Money!',
  },
  OrderStatusChange: { status: 'OrderStatus!', at: 'AWSDateTime!', note: 'String' },
  OrderConnection: { items: '[Order!]!', nextToken: 'String' },
  PaymentSession: { url: 'AWSURL!', expiresAt: 'AWSDateTime!' },
  Payment: { status: 'PaymentStatus!', amount: 'Money!', refunded: 'Money!', failureMessage: 'String' },
  Customer: { id: 'ID!', email: 'AWSEmail!', name: 'String', phone: 'AWSPhone', defaultAddress: 'Address' },
};

const INPUT_TYPES: Record<string, Record<string, string>> = {
  CreateCategoryInput: { slug: 'String!', name: 'String!', parentId: 'ID' },
  CreateProductInput: {
    slug: 'String!',
    name: 'String!',
    description: 'String',
    categoryId: 'ID!',
    tags: '[String!]',
    status: 'ProductStatus',
    variants: '[VariantInput!]!',
  },
  UpdateProductInput: {
    id: 'ID!',
    expectedVersion: 'Int!',
    name: 'String',
    description: 'String',
    categoryId: 'ID',
    tags: '[String!]',
    status: 'ProductStatus',
  },
  VariantInput: {
    sku: 'ID!',
    name: 'String!',
    options: '[VariantOptionInput!]',
    price: 'MoneyInput!',
    stock: 'Int',
  },
  VariantOptionInput: { name: 'String!', value: 'String!' },
  MoneyInput: { amount: 'Int!', currency: 'String' },
  AddressInput: {
    name: 'String!',
    line1: 'String!',
    line2: 'String',
    city: 'String!',
    region: 'String',
    postalCode: 'String',
    country: 'String!',
  },
  CheckoutInput: { shippingAddress: 'AddressInput!', idempotencyKey: 'String!' },
  UpdateProfileInput: { name: 'String', phone: 'AWSPhone', defaultAddress: 'AddressInput' },
  ProductSearchFilter: {
    categoryIds: '[ID!]',
    minPrice: 'Int',
    maxPrice: 'Int',
    inStock: 'Boolean',
    tags: '[String!]',
  },
};

const ENUMS: Record<string, string[]> = {
  ProductStatus: ['DRAFT', 'ACTIVE', 'ARCHIVED'],
  ProductSort: ['RELEVANCE', 'NEWEST', 'PRICE_ASC', 'PRICE_DESC'],
  OrderStatus: ['PENDING_PAYMENT', 'PAID', 'FULFILLING', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED'],
  PaymentStatus: ['UNPAID', 'PROCESSING', 'PAID', 'FAILED', 'PARTIALLY_REFUNDED', 'REFUNDED'],
};

function argsOf(args: readonly GraphQLArgument[]): Record<string, string> {
  return Object.fromEntries(args.map((a) => [a.name, String(a.type)]));
}

function checkRoot(
  schema: GraphQLSchema,
  rootName: 'Query' | 'Mutation' | 'Subscription',
  expected: Record<string, RootField>,
) {
  const root = schema.getType(rootName);
  if (!isObjectType(root)) throw new Error(`${rootName} missing`);
  const fields = root.getFields();
  for (const [name, spec] of Object.entries(expected)) {
    const field = fields[name];
    expect(field, `${rootName}.${name} is missing`).toBeDefined();
    // Arguments are fixed by the contract: exactly these names and types.
    expect(argsOf(field!.args), `${rootName}.${name} arguments`).toEqual(spec.args);
    expect(String(field!.type), `${rootName}.${name} return type`).toBe(spec.returns);
  }
}

describe('contract guard', () => {
  const schema = buildAppSyncSchema();

  it('Query has every contract operation with its exact arguments and return type', () => {
    checkRoot(schema, 'Query', QUERY);
  });

  it('Mutation has every contract operation with its exact arguments and return type', () => {
    checkRoot(schema, 'Mutation', MUTATION);
  });

  it('Subscription has every contract subscription, wired to the contract mutations', () => {
    checkRoot(schema, 'Subscription', SUBSCRIPTION);
    const fields = schema.getSubscriptionType()!.getFields();
    for (const [name, spec] of Object.entries(SUBSCRIPTION)) {
      const directive = fields[name]!.astNode?.directives?.find((d) => d.name.value === 'aws_subscribe');
      const list = directive?.arguments?.find((a) => a.name.value === 'mutations')?.value;
      const names = list?.kind === 'ListValue' ? list.values.map((v) => (v.kind === 'StringValue' ? v.value : '')) : [];
      expect(names.sort(), `${name} @aws_subscribe mutations`).toEqual([...spec.mutations].sort());
    }
  });

  it.each(Object.entries(OBJECT_TYPES))('type %s has the contract fields and types', (typeName, expected) => {
    const type = schema.getType(typeName);
    expect(isObjectType(type), `${typeName} must be an object type`).toBe(true);
    if (!isObjectType(type)) return;
    const actual = Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, String(f.type)]));
    // Types may gain fields: the contract's fields must all be there, unchanged.
    expect(actual).toMatchObject(expected);
  });

  it.each(Object.entries(INPUT_TYPES))('input %s has the contract fields and types', (typeName, expected) => {
    const type = schema.getType(typeName);
    expect(isInputObjectType(type), `${typeName} must be an input type`).toBe(true);
    if (!isInputObjectType(type)) return;
    const fields = Object.values(type.getFields());
    const actual = Object.fromEntries(fields.map((f) => [f.name, String(f.type)]));
    expect(actual).toMatchObject(expected);
    // An added input field must be optional, or existing clients would break.
    const added = fields.filter((f) => !(f.name in expected) && isNonNullType(f.type) && f.defaultValue === undefined);
    expect(
      added.map((f) => f.name),
      `required fields added to ${typeName}`,
    ).toEqual([]);
  });

  it.each(Object.entries(ENUMS))('enum %s has exactly the contract values', (enumName, values) => {
    const type = schema.getType(enumName);
    expect(isEnumType(type), `${enumName} must be an enum`).toBe(true);
    if (!isEnumType(type)) return;
    expect(type.getValues().map((v) => v.name)).toEqual(values);
  });
});
