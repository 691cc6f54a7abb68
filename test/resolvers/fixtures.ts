// Items as the catalog stores them (docs/data-model.md), for resolver unit tests.
export const category = {
  pk: 'CATEGORY#01JCAT00000000000000000000',
  sk: 'CATEGORY',
  entity: 'Category',
  id: '01JCAT00000000000000000000',
  slug: 'mugs',
  name: 'Mugs',
  parentId: null,
};

export function productItem(overrides: Record<string, unknown> = {}) {
  return {
    pk: 'PRODUCT#01JPRD00000000000000000000',
    sk: 'PRODUCT',
    entity: 'Product',
    id: '01JPRD00000000000000000000',
    slug: 'blue-mug',
    name: 'Blue mug',
    description: 'A mug that is blue.',
    categoryId: '01JCAT00000000000000000000',
    category: { id: '01JCAT00000000000000000000', slug: 'mugs', name: 'Mugs', parentId: null },
    tags: ['kitchen'],
    status: 'ACTIVE',
    variantSkus: ['MUG-L', 'MUG-S'],
    variantPrices: { 'MUG-L': 1500, 'MUG-S': 1200 },
    images: [],
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-02T10:00:00.000Z',
    version: 3,
    ...overrides,
  };
}

export function variantItem(sku: string, overrides: Record<string, unknown> = {}) {
  return {
    pk: `SKU#${sku}`,
    sk: 'VARIANT',
    entity: 'Variant',
    sku,
    productId: '01JPRD00000000000000000000',
    name: sku === 'MUG-L' ? 'Large' : 'Small',
    options: [{ name: 'Size', value: sku === 'MUG-L' ? 'L' : 'S' }],
    price: sku === 'MUG-L' ? 1500 : 1200,
    stock: 4,
    productStatus: 'ACTIVE',
    ...overrides,
  };
}

/** The GraphQL Product the catalog answers for productItem(). */
export function productOut(overrides: Record<string, unknown> = {}) {
  return {
    id: '01JPRD00000000000000000000',
    slug: 'blue-mug',
    name: 'Blue mug',
    description: 'A mug that is blue.',
    categoryId: '01JCAT00000000000000000000',
    category: { id: '01JCAT00000000000000000000', slug: 'mugs', name: 'Mugs', parentId: null },
    tags: ['kitchen'],
    status: 'ACTIVE',
    images: [],
    priceFrom: { amount: 1200, currency: 'USD' },
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-02T10:00:00.000Z',
    version: 3,
    variantSkus: ['MUG-L', 'MUG-S'],
    ...overrides,
  };
}
